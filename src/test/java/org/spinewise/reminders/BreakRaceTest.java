package org.spinewise.reminders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.SpinewiseApplication;
import org.spinewise.api.SqlTime;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one PostgreSQL database, each running the db-scheduler break job every 200 ms and
 * also asked directly from several threads at once, race for the same breaks on a shared controlled clock:
 * every browser gets each break exactly once, including the one that fell due before the nodes started, and a
 * push service's 429 is tried again until it takes the message.
 */
@EnabledWithPostgres
class BreakRaceTest {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    private static final TestClock CLOCK = new TestClock();
    private static final StandInPushService PUSH = StandInPushService.SHARED;
    private static final int PEOPLE = 12;

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    /** The shared clock, put before each node's own. */
    @Configuration(proxyBeanMethods = false)
    static class SharedClock {
        @Bean
        @Primary
        Clock raceClock() {
            return CLOCK;
        }
    }

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesSendEachBreakExactlyOnce() throws Exception {
        CLOCK.set("2026-12-07T10:20:00Z"); // the 10:00 break fell due while no node ran
        nodes.add(node());
        JdbcClient jdbc = JdbcClient.create(database.dataSource());
        List<StandInPushService.Browser> browsers = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            browsers.add(person(jdbc, Instant.parse("2026-12-07T09:00:00Z")));
        }
        StandInPushService.Browser busy = browsers.get(0);
        busy.answer(429);
        nodes.add(node());

        waitFor(browsers.subList(1, PEOPLE), 1);
        busy.answer(201); // the retry, a second after the 429, now gets through
        waitFor(browsers, 1);

        for (String at : List.of("2026-12-07T10:30:00Z", "2026-12-07T11:00:00Z", "2026-12-07T11:30:01Z")) {
            CLOCK.set(at);
            race();
        }
        waitFor(browsers, 4);
        Thread.sleep(1500); // time for any second message to arrive, which must not
        for (StandInPushService.Browser browser : browsers) {
            assertThat(browser.messages()).hasSize(4);
        }
    }

    /** Every node's sender from two threads each, all let go at once. */
    private void race() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (ConfigurableApplicationContext node : nodes) {
                BreakSender sender = node.getBean(BreakSender.class);
                for (int i = 0; i < 2; i++) {
                    sent.add(threads.submit(() -> {
                        start.await();
                        return sender.sendDue();
                    }));
                }
            }
            start.countDown();
            for (Future<Integer> each : sent) {
                each.get();
            }
            Thread.sleep(600); // the background jobs run too
        } finally {
            threads.shutdown();
        }
    }

    private static void waitFor(List<StandInPushService.Browser> browsers, int messages) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(until)
                && browsers.stream().anyMatch(browser -> browser.messages().size() < messages)) {
            Thread.sleep(100);
        }
        for (StandInPushService.Browser browser : browsers) {
            assertThat(browser.messages()).hasSizeGreaterThanOrEqualTo(messages);
        }
    }

    private static StandInPushService.Browser person(JdbcClient jdbc, Instant changedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO account (id, email, email_key, password_hash, time_zone, created_at)"
                        + " VALUES (?, ?, ?, 'not-a-hash', 'UTC', ?)")
                .params(id, id + "@example.org", id + "@example.org", SqlTime.utc(changedAt))
                .update();
        StandInPushService.Browser browser = PUSH.newBrowser();
        jdbc.sql("INSERT INTO push_subscription (id, account_id, endpoint, p256dh, auth, origin, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, 'http://localhost', ?)")
                .params(
                        UUID.randomUUID(),
                        id,
                        browser.endpoint(),
                        browser.p256dh(),
                        browser.authSecret(),
                        SqlTime.utc(changedAt))
                .update();
        // The schedule last: a node that ran between the two would claim the break for no subscription.
        jdbc.sql("INSERT INTO reminder_schedule (account_id, enabled, days, from_time, to_time, interval_minutes,"
                        + " changed_at) VALUES (?, TRUE, 'MONDAY', ?, ?, 30, ?)")
                .params(id, java.time.LocalTime.of(9, 30), java.time.LocalTime.of(17, 0), SqlTime.utc(changedAt))
                .update();
        return browser;
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(SpinewiseApplication.class, SharedClock.class)
                .run(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + database.url(),
                        "--spring.flyway.schemas=" + database.schema(),
                        "--server.port=0",
                        "--spinewise.reminders.scheduler=true",
                        "--spinewise.reminders.check-every=200ms",
                        "--spinewise.reminders.polling-every=100ms",
                        "--spinewise.reminders.first-retry=1s",
                        "--spinewise.push.insecure-hosts=" + PUSH.hostPort());
    }
}
