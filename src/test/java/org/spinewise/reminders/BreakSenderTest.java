package org.spinewise.reminders;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** The break job's rules on H2 with a controlled clock: each break once, missed breaks, the last change. */
public class BreakSenderTest extends RemindersContextTest {

    private static final String HOURLY = "{\"enabled\":true,\"days\":[\"MON\",\"TUE\",\"WED\",\"THU\",\"FRI\",\"SAT\","
            + "\"SUN\"],\"from\":\"09:00\",\"to\":\"12:00\",\"intervalMinutes\":60}";

    @Autowired
    BreakSender breaks;

    private StandInPushService.Browser subscribed(String schedule) {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertThat(person.putJson("/api/v1/me/reminders", schedule).status()).isEqualTo(200);
        StandInPushService.Browser browser = PUSH.newBrowser();
        assertThat(person.postJson("/api/v1/me/push-subscriptions", browser.subscriptionJson())
                        .status())
                .isEqualTo(201);
        return browser;
    }

    @Test
    void sendsEachBreakOnceWhenItFallsDue() {
        clock.set("2026-12-07T08:00:00Z");
        StandInPushService.Browser browser = subscribed(HOURLY);
        breaks.sendDue();
        assertThat(browser.messages()).isEmpty();
        clock.set("2026-12-07T10:00:00Z");
        breaks.sendDue();
        breaks.sendDue();
        assertThat(browser.messages()).hasSize(1);
        assertThat(browser.messages().get(0).payload().path("url").asString())
                .isEqualTo("http://localhost/routine/desk");
        clock.set("2026-12-07T10:59:59Z");
        breaks.sendDue();
        assertThat(browser.messages()).hasSize(1);
        clock.set("2026-12-07T11:00:20Z");
        breaks.sendDue();
        assertThat(browser.messages()).hasSize(2);
        assertThat(Long.parseLong(browser.messages().get(1).headers().get("TTL")))
                .isEqualTo(60 * 60 - 20);
    }

    @Test
    void aBreakMissedWhileDownIsSentOnceWhenStillWithinItsInterval() {
        clock.set("2026-12-07T08:00:00Z");
        StandInPushService.Browser browser = subscribed(HOURLY);
        clock.set("2026-12-07T10:40:00Z"); // the 10:00 break fell due while nothing ran
        breaks.sendDue();
        breaks.sendDue();
        assertThat(browser.messages()).hasSize(1);
        clock.set("2026-12-07T12:30:00Z"); // 11:00 is too old now; only 12:00 goes
        breaks.sendDue();
        assertThat(browser.messages()).hasSize(2);
    }

    @Test
    void aBreakAnIntervalOrMoreAgoIsDropped() {
        clock.set("2026-12-07T08:00:00Z");
        String tenOnly = HOURLY.replace("12:00", "10:00");
        StandInPushService.Browser late = subscribed(tenOnly);
        clock.set("2026-12-07T11:00:00Z");
        breaks.sendDue();
        assertThat(late.messages()).isEmpty();

        clock.set("2026-12-08T08:00:00Z");
        StandInPushService.Browser justInTime = subscribed(tenOnly);
        clock.set("2026-12-08T10:59:59Z");
        breaks.sendDue();
        assertThat(justInTime.messages()).hasSize(1);
    }

    @Test
    void onlyBreaksAfterTheSchedulesLastChangeCount() {
        clock.set("2026-12-07T10:00:30Z");
        StandInPushService.Browser browser = subscribed(HOURLY); // stored 30 s after the 10:00 break
        breaks.sendDue();
        assertThat(browser.messages()).isEmpty();
        clock.set("2026-12-07T11:00:00Z");
        breaks.sendDue();
        assertThat(browser.messages()).hasSize(1);
    }

    @Test
    void aDisabledScheduleSendsNothing() {
        clock.set("2026-12-07T08:00:00Z");
        StandInPushService.Browser browser = subscribed(HOURLY.replace("true", "false"));
        clock.set("2026-12-07T10:00:00Z");
        breaks.sendDue();
        assertThat(browser.messages()).isEmpty();
    }

    @Test
    void aBreakSpeaksTheLanguageTheBrowserSubscribedInUntilItSubscribesInAnother() {
        clock.set("2026-12-07T08:00:00Z");
        ApiPerson ana = ApiPerson.signUp(mvc, "UTC");
        assertThat(ana.putJson("/api/v1/me/reminders", HOURLY).status()).isEqualTo(200);
        StandInPushService.Browser browser = PUSH.newBrowser();
        assertThat(subscribe(ana, browser, "es-MX").status()).isEqualTo(201);

        clock.set("2026-12-07T10:00:00Z");
        breaks.sendDue();
        assertThat(subscribe(ana, browser, "en").status()).isEqualTo(200);
        clock.set("2026-12-07T11:00:00Z");
        breaks.sendDue();

        assertThat(browser.messages()).hasSize(2);
        assertThat(browser.messages().get(0).payload().path("title").asString())
                .isEqualTo("Es hora de levantarte un momento");
        assertThat(browser.messages().get(1).payload().path("title").asString())
                .isEqualTo("Time to get up for a moment");
    }

    private static ApiTest.Answer subscribe(ApiPerson person, StandInPushService.Browser browser, String language) {
        return person.performWithCsrf(MockMvcRequestBuilders.post("/api/v1/me/push-subscriptions")
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .contentType(MediaType.APPLICATION_JSON)
                .content(browser.subscriptionJson()));
    }
}
