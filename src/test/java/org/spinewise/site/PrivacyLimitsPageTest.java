package org.spinewise.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The privacy page states the session and sign-in limits the server is configured with, in either language,
 * never numbers written into its text.
 */
@SpringBootTest(
        properties = {
            "spinewise.session.idle-timeout=45m",
            "spinewise.session.absolute-lifetime=1h",
            "spinewise.sign-in.window=90s"
        })
@AutoConfigureMockMvc
class PrivacyLimitsPageTest {

    @Autowired
    private MockMvc mvc;

    @AfterEach
    void noLanguageLeftBehind() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void thePageSaysTheConfiguredLimits() throws Exception {
        assertThat(privacy("es"))
                .contains("tras 45 minutos sin uso, 1 hora después de iniciar sesión")
                .contains("durante 2 minutos, para frenar")
                .doesNotContain("30 minutos", "12 horas");
        assertThat(privacy("en"))
                .contains("after 45 minutes without use, 1 hour after you signed in")
                .contains("for 2 minutes, to slow down password guessing")
                .doesNotContain("30 minutes", "12 hours");
    }

    @Test
    void aLimitIsSaidInWholeHoursOrMinutesRoundedUp() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("es"));
        assertThat(PrivacyLimits.spoken(Duration.ofHours(12))).isEqualTo("12 horas");
        assertThat(PrivacyLimits.spoken(Duration.ofMinutes(1))).isEqualTo("1 minuto");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(PrivacyLimits.spoken(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(PrivacyLimits.spoken(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(PrivacyLimits.spoken(Duration.ofSeconds(61))).isEqualTo("2 minutes");
        assertThat(PrivacyLimits.spoken(Duration.ofSeconds(1))).isEqualTo("1 minute");
    }

    private String privacy(String language) throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/privacy").header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
