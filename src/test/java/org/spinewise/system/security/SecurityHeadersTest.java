package org.spinewise.system.security;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict headers are on every kind of answer: pages, API, problems, assets. */
class SecurityHeadersTest extends ApiTest {

    static Stream<String> paths() {
        return Stream.of(
                "/",
                "/screening",
                "/library/knee-to-chest",
                "/api/v1/exercises",
                "/api/v1/me",
                "/api/v1/exercises/nope",
                "/css/site.css",
                "/js/player.js",
                "/img/exercises/knee-to-chest.svg");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void everyAnswerCarriesTheHeaders(String path) throws Exception {
        MockHttpServletResponse response = answer(MockMvcRequestBuilders.get(path));

        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp)
                .contains(
                        "default-src 'self'",
                        "script-src 'self'",
                        "style-src 'self'",
                        "frame-ancestors 'none'",
                        "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=()");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Strict-Transport-Security"))
                .as("no HSTS over plain HTTP")
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void hstsBehindTls(String path) throws Exception {
        MockHttpServletResponse response =
                answer(MockMvcRequestBuilders.get(path).secure(true));

        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    private MockHttpServletResponse answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }
}
