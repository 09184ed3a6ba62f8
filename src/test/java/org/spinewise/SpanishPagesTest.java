package org.spinewise;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The pages built from the content, asked for in Spanish: the content's words are the Spanish ones. */
class SpanishPagesTest extends ApiTest {

    @Test
    void theLibraryListsTheExercisesInSpanish() {
        assertThat(page("/library"))
                .contains("Rotación del tronco sentado")
                .contains("Basculación pélvica")
                .doesNotContain("Seated trunk rotation");
    }

    @Test
    void anExerciseShowsItsStepsAndCautionsInSpanish() {
        assertThat(page("/library/cold-therapy"))
                .contains("Envuelve la bolsa de hielo o la bolsa con cubitos en un paño o una toalla.")
                .contains("Nunca uses frío más de 20 minutos seguidos.")
                .doesNotContain("Wrap the ice pack");
    }

    @Test
    void aLearnPageIsInSpanishWithItsSourceKept() {
        assertThat(page("/learn/keep-moving"))
                .contains("¿Me quedo en la cama o sigo moviéndome?")
                .contains("Camina poco y a menudo, al principio unos minutos cada vez.")
                .contains("NHS, back pain pages (nhs.uk/conditions/back-pain)");
        assertThat(page("/learn")).contains("¿Y los analgésicos?");
    }

    @Test
    void theSeekHelpPageListsEverySignInSpanish() {
        assertThat(page("/learn/when-to-seek-help"))
                .contains("Llama a los servicios de emergencia ahora")
                .contains("<li data-rule=\"R-CES-SADDLE\">")
                .contains("Adormecimiento alrededor de los genitales, las nalgas o la cara interna de los muslos")
                .contains("Pide cita con un médico o un fisioterapeuta en los próximos días.")
                .doesNotContain("Numbness around your genitals");
    }

    @Test
    void theFlareUpPlanAndTheHomePageRepeatTheEmergencySignsInSpanish() {
        String sign = "Dolor, adormecimiento, hormigueo o debilidad en las dos piernas.";
        assertThat(page("/learn/flare-up-plan")).contains(sign);
        assertThat(page("/")).contains(sign);
    }

    @Test
    void theScreeningFormAndItsResultAreInSpanish() {
        assertThat(page("/screening")).contains("¿Notas adormecimiento alrededor de los genitales");

        String form = "age=40&painLevel=2&onset=days"
                + ApiRequests.everyAnswerNoAsForm().replace("answers.locked_back=no", "answers.locked_back=yes");
        Answer result = perform(spanish(MockMvcRequestBuilders.post("/screening")
                .with(csrf())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(form)));
        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body())
                .contains("Pide cita con un profesional sanitario")
                .contains("No intentes forzarla ni hacerla crujir para desbloquearla.");
    }

    @Test
    void searchFindsSpanishWordsInTheSpanishLibrary() {
        assertThat(page("/search?q=" + "¿por qué me cruje la espalda?"))
                .contains("/learn/why-backs-pop")
                .contains("¿Por qué me cruje la espalda?");
        assertThat(page("/search?q=hielo")).contains("/library/cold-therapy");
    }

    @Test
    void englishStaysTheDefault() {
        assertThat(get("/library/cold-therapy").body()).contains("Wrap the ice pack");
    }

    private String page(String path) {
        Answer answer = perform(spanish(MockMvcRequestBuilders.get(path)));
        assertThat(answer.status()).as(path).isEqualTo(200);
        return answer.body();
    }

    private static MockHttpServletRequestBuilder spanish(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.ACCEPT_LANGUAGE, "es-ES");
    }
}
