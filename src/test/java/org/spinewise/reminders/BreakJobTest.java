package org.spinewise.reminders;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiPerson;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The db-scheduler break job itself, running in the background on H2 (the default database), sends a break. */
@TestPropertySource(
        properties = {
            "spinewise.reminders.scheduler=true",
            "spinewise.reminders.check-every=200ms",
            "spinewise.reminders.polling-every=100ms"
        })
class BreakJobTest extends RemindersContextTest {

    @Test
    void theRunningJobSendsABreakThatFallsDue() throws InterruptedException {
        clock.set("2026-12-09T08:00:00Z");
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        assertThat(person.putJson(
                                "/api/v1/me/reminders",
                                "{\"enabled\":true,\"days\":[\"WED\"],\"from\":\"09:00\",\"to\":\"10:00\","
                                        + "\"intervalMinutes\":60}")
                        .status())
                .isEqualTo(200);
        StandInPushService.Browser browser = PUSH.newBrowser();
        person.postJson("/api/v1/me/push-subscriptions", browser.subscriptionJson());
        Thread.sleep(500);
        assertThat(browser.messages()).isEmpty();

        clock.set("2026-12-09T10:00:01Z");
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        while (browser.messages().isEmpty() && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        assertThat(browser.messages()).hasSize(1);
    }
}
