package org.spinewise.system.language;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiTest;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** Which language a page is shown in: the browser's, else a choice made with {@code ?lang=} and kept. */
class LanguageSelectionTest extends ApiTest {

    private static final String SPANISH_PAGE = "<html lang=\"es\">";
    private static final String ENGLISH_PAGE = "<html lang=\"en\">";

    @ParameterizedTest
    @ValueSource(strings = {"es", "es-MX", "es-ES,en;q=0.5"})
    void aSpanishBrowserGetsSpanishPages(String acceptLanguage) {
        String page = page(MockMvcRequestBuilders.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage))
                .body();

        assertThat(page).contains(SPANISH_PAGE, "Saltar al contenido", "Iniciar sesión", "no son un diagnóstico");
        assertThat(page).doesNotContain("Skip to content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en-GB", "fr", "de,es;q=0.9"})
    void anyOtherBrowserGetsEnglishPages(String acceptLanguage) {
        MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get("/");
        if (!acceptLanguage.isEmpty()) {
            get.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        assertThat(page(get).body()).contains(ENGLISH_PAGE, "Skip to content", "not a diagnosis");
    }

    @Test
    void langOnTheAddressOverridesTheBrowserAndIsKeptForAYear() {
        Page answer = page(MockMvcRequestBuilders.get("/library?lang=en").header(HttpHeaders.ACCEPT_LANGUAGE, "es"));

        assertThat(answer.body()).contains(ENGLISH_PAGE, "Skip to content");
        assertThat(answer.cookies())
                .filteredOn(cookie -> cookie.startsWith("lang="))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("lang=en", "Path=/", "Max-Age=31536000", "SameSite=Lax");
    }

    @Test
    void theKeptChoiceWinsOverTheBrowserAfterwards() {
        String english = page(MockMvcRequestBuilders.get("/learn")
                        .cookie(new Cookie("lang", "en"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "es"))
                .body();
        String spanish = page(MockMvcRequestBuilders.get("/learn")
                        .cookie(new Cookie("lang", "es"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US"))
                .body();

        assertThat(english).contains(ENGLISH_PAGE, "Skip to content");
        assertThat(spanish).contains(SPANISH_PAGE, "Saltar al contenido");
    }

    @Test
    void anUnknownChoiceChangesNothingAndSetsNoCookie() {
        Page answer = page(MockMvcRequestBuilders.get("/?lang=fr")
                .cookie(new Cookie("lang", "es"))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

        assertThat(answer.body()).contains(SPANISH_PAGE);
        assertThat(answer.cookies()).noneMatch(cookie -> cookie.startsWith("lang="));
    }

    /** The switch links to the same page, its query kept, in the other language. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/screening",
                "/therapy",
                "/library",
                "/library/seated-trunk-rotation",
                "/learn",
                "/learn/when-to-seek-help",
                "/search?q=pop",
                "/history",
                "/privacy",
                "/signin",
                "/signup"
            })
    void everyPageHasTheSwitchToTheOtherLanguage(String path) {
        String english = page(MockMvcRequestBuilders.get(path)).body();
        String spanish =
                page(MockMvcRequestBuilders.get(path).param("lang", "es")).body();

        String query = path.contains("?") ? "&amp;" : "?";
        assertThat(english).contains(ENGLISH_PAGE).contains("href=\"" + path + query + "lang=es\"", ">Español</a>");
        assertThat(spanish).contains(SPANISH_PAGE).contains("href=\"" + path + query + "lang=en\"", ">English</a>");
    }

    private record Page(String body, List<String> cookies) {}

    private Page page(MockHttpServletRequestBuilder request) {
        try {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            return new Page(
                    response.getContentAsString(StandardCharsets.UTF_8), response.getHeaders(HttpHeaders.SET_COOKIE));
        } catch (Exception e) {
            throw new AssertionError("MockMvc failed to perform the request", e);
        }
    }
}
