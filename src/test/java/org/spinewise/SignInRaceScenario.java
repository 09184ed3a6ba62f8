package org.spinewise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in attempts sent all at once must not slip past the throttle (account-api.md: 5 failures per email,
 * 20 per address, then 429): however they interleave, no more than the limit are checked. Runs the same on
 * H2 and on PostgreSQL.
 */
public final class SignInRaceScenario {

    private static final String PASSWORD = "quiet-river-stone-42";
    private static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    private SignInRaceScenario() {}

    /** 15 wrong passwords for one email at once, each from its own address: 5 are checked, 10 refused. */
    public static void wrongPasswordsForOneEmailAtOnce(MockMvc mvc) throws Exception {
        String email = "raced-" + UUID.randomUUID() + "@example.org";
        assertThat(visitor(mvc).signUp(email, PASSWORD).status()).isEqualTo(201);

        Map<Integer, Integer> statuses = atOnce(15, mvc, visitor -> visitor.signIn(email, "wrong-password-1"));

        assertThat(statuses).isEqualTo(Map.of(401, 5, 429, 10));
        assertThat(visitor(mvc).signIn(email, PASSWORD).status())
                .as("blocked even with the right password")
                .isEqualTo(429);
    }

    /** 30 failures from one address at once, each for another email: 20 are checked, 10 refused. */
    public static void failuresFromOneAddressAtOnce(MockMvc mvc) throws Exception {
        String address = nextAddress();

        Map<Integer, Integer> statuses = atOnce(
                30, mvc, address, visitor -> visitor.signIn("nobody-" + UUID.randomUUID() + "@example.org", PASSWORD));

        assertThat(statuses).isEqualTo(Map.of(401, 20, 429, 10));
    }

    private static Map<Integer, Integer> atOnce(int count, MockMvc mvc, Function<ApiPerson, ApiTest.Answer> attempt)
            throws Exception {
        return atOnce(count, mvc, null, attempt);
    }

    /** Sends {@code count} attempts released together, each from a client of its own (one address if given). */
    private static Map<Integer, Integer> atOnce(
            int count, MockMvc mvc, String address, Function<ApiPerson, ApiTest.Answer> attempt) throws Exception {
        List<ApiPerson> visitors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ApiPerson visitor = ApiPerson.from(mvc, address == null ? nextAddress() : address);
            visitor.csrfToken(); // fetched before the race, so only the sign-ins run together
            visitors.add(visitor);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (ApiPerson visitor : visitors) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return attempt.apply(visitor).status();
                }));
            }
            start.countDown();
            Map<Integer, Integer> statuses = new TreeMap<>();
            for (Future<Integer> answer : answers) {
                statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static ApiPerson visitor(MockMvc mvc) {
        return ApiPerson.from(mvc, nextAddress());
    }

    /** A fresh client address per visitor, so that only the race's own attempts count against one. */
    private static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }
}
