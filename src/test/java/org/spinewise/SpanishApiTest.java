package org.spinewise;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.library.data.LibraryLoader;
import org.spinewise.screening.data.RuleBookLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API in Spanish ({@code Accept-Language: es}): the questions, rule messages, exercises and
 * education in Spanish, and every answer identical to the English one but for its human-readable texts.
 */
class SpanishApiTest extends ApiTest {

    /**
     * The fields that hold words a person reads: those the content files' translations supply (the API names
     * its fields as the files do); everything else must not change with the language.
     */
    private static final Set<String> TEXT_FIELDS = Stream.of(
                    RuleBookLoader.TEXTS, LibraryLoader.EXERCISE_TEXTS, LibraryLoader.EDUCATION_TEXTS)
            .flatMap(overlay -> Stream.concat(overlay.texts().stream(), overlay.wordLists().stream()))
            .collect(Collectors.toUnmodifiableSet());

    @Test
    void theQuestionsAreAskedInSpanish() {
        JsonNode questions = assertOkJson(spanish(MockMvcRequestBuilders.get("/api/v1/screening/questions")));

        assertThat(textOf(questions.path("items"), "pregnant")).isEqualTo("¿Estás embarazada?");
        assertThat(textOf(questions.path("items"), "very_unwell")).contains("39 °C");
        assertThat(questions.path("groups").get(0).path("title").asString())
                .isEqualTo("Señales que necesitan ayuda enseguida");
    }

    @Test
    void aScreeningExplainsItsRulesInSpanish() {
        JsonNode result = assertOkJson(spanish(post("/api/v1/screenings", ApiRequests.screening(body -> {
            ApiRequests.answers(body).put("saddle_numbness", true);
            body.put("painLevel", 5);
        }))));

        assertThat(result.path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(messageOf(result, "R-CES-SADDLE"))
                .isEqualTo(
                        "El adormecimiento en la zona de la silla de montar puede significar presión sobre los nervios de la"
                                + " base de la columna. Ve a urgencias ahora.");
        assertThat(messageOf(result, "R-CRACK-PAIN")).startsWith("Con un dolor de 4 o más, no hagas crujir la espalda");
    }

    @Test
    void anExerciseAndAnEducationPageAreInSpanish() {
        JsonNode exercise = assertOkJson(spanish(MockMvcRequestBuilders.get("/api/v1/exercises/cold-therapy")));
        assertThat(exercise.path("name").asString()).isEqualTo("Frío");
        assertThat(texts(exercise.path("cautions"))).contains("Nunca uses frío más de 20 minutos seguidos.");

        JsonNode page = assertOkJson(spanish(MockMvcRequestBuilders.get("/api/v1/education/heat-or-cold")));
        assertThat(page.path("title").asString()).isEqualTo("¿Uso calor o hielo en la espalda?");

        JsonNode list = assertOkJson(spanish(MockMvcRequestBuilders.get("/api/v1/education")));
        assertThat(list.path("items").get(0).path("title").asString()).isEqualTo("¿Por qué me cruje la espalda?");
    }

    @Test
    void theSeekHelpPageListsTheSignsInSpanish() {
        JsonNode page = assertOkJson(spanish(MockMvcRequestBuilders.get("/api/v1/education/when-to-seek-help")));

        JsonNode emergency = page.path("sections").get(0);
        assertThat(emergency.path("disposition").asString()).isEqualTo("EMERGENCY");
        assertThat(emergency.path("heading").asString()).isEqualTo("Llama a los servicios de emergencia ahora");
        assertThat(texts(emergency.path("bullets")))
                .contains("Dolor, adormecimiento, hormigueo o debilidad en las dos piernas.");
    }

    @Test
    void anyOtherLanguageGetsEnglishAndAnySpanishLocaleGetsSpanish() {
        assertThat(questionText("fr")).isEqualTo("Are you pregnant?");
        assertThat(questionText("es-MX")).isEqualTo("¿Estás embarazada?");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/v1/screening/questions",
                "/api/v1/exercises",
                "/api/v1/exercises/pelvic-tilt",
                "/api/v1/education",
                "/api/v1/education/flare-up-plan",
                "/api/v1/education/when-to-seek-help"
            })
    void aReadAnswerDiffersOnlyInItsTexts(String path) {
        JsonNode english = assertOkJson(in("en", MockMvcRequestBuilders.get(path)));
        JsonNode spanish = assertOkJson(in("es", MockMvcRequestBuilders.get(path)));

        assertSameButTexts(english, spanish);
    }

    @Test
    void aScreeningAndAPlanDifferOnlyInTheirTexts() {
        ObjectNode plan = ApiRequests.plan();
        ApiRequests.answers(ApiRequests.nested(plan)).put("stiffness_not_improving", true);
        ApiRequests.nested(plan).withArray("conditions").add("osteoporosis");
        String screening = ApiRequests.write(ApiRequests.nested(plan));

        assertSameButTexts(
                assertOkJson(in("en", post("/api/v1/screenings", screening))),
                assertOkJson(in("es", post("/api/v1/screenings", screening))));
        JsonNode english = assertOkJson(in("en", post("/api/v1/plans", ApiRequests.write(plan))));
        JsonNode spanish = assertOkJson(in("es", post("/api/v1/plans", ApiRequests.write(plan))));
        assertSameButTexts(english, spanish);
        assertThat(english.path("items")).isNotEmpty();
        assertThat(english.path("excluded")).isNotEmpty();
    }

    /** The same shape, ids, codes and numbers; the texts differ, and at least one does. */
    private static void assertSameButTexts(JsonNode english, JsonNode spanish) {
        List<String> translated = new ArrayList<>();
        compare(english, spanish, "", false, translated);
        assertThat(translated).as("texts that changed with the language").isNotEmpty();
    }

    private static void compare(JsonNode en, JsonNode es, String path, boolean text, List<String> translated) {
        assertThat(es.getNodeType()).as(path).isEqualTo(en.getNodeType());
        if (en.isObject()) {
            assertThat(es.propertyNames()).as(path).containsExactlyElementsOf(en.propertyNames());
            for (String key : en.propertyNames()) {
                compare(en.get(key), es.get(key), path + "." + key, TEXT_FIELDS.contains(key), translated);
            }
        } else if (en.isArray()) {
            if (!text) {
                assertThat(es.size()).as(path).isEqualTo(en.size());
            }
            for (int i = 0; i < Math.min(en.size(), es.size()); i++) {
                compare(en.get(i), es.get(i), path + "[" + i + "]", text, translated);
            }
        } else if (text && en.isString()) {
            if (!en.equals(es)) {
                translated.add(path);
            }
        } else {
            assertThat(es).as(path).isEqualTo(en);
        }
    }

    private String questionText(String acceptLanguage) {
        JsonNode questions = assertOkJson(perform(MockMvcRequestBuilders.get("/api/v1/screening/questions")
                .header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)));
        return textOf(questions.path("items"), "pregnant");
    }

    private static String textOf(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.path("id").asString().equals(id)) {
                return item.path("text").asString();
            }
        }
        throw new AssertionError("no question " + id);
    }

    private static String messageOf(JsonNode result, String rule) {
        for (JsonNode fired : result.path("firedRules")) {
            if (fired.path("id").asString().equals(rule)) {
                return fired.path("message").asString();
            }
        }
        throw new AssertionError("rule " + rule + " did not fire: " + result);
    }

    private static MockHttpServletRequestBuilder post(String path, String body) {
        return MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    private Answer spanish(MockHttpServletRequestBuilder request) {
        return in("es", request);
    }

    private Answer in(String language, MockHttpServletRequestBuilder request) {
        return perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, language));
    }
}
