package org.spinewise.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.spinewise.account.AccountRepository;
import org.spinewise.planner.Plan;
import org.spinewise.planner.RoutinePlanned;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Restrictions;
import org.spinewise.screening.ScreeningEvaluated;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.TherapyAdvice;
import org.spinewise.screening.TherapyKind;
import org.spinewise.support.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history module on its own (Spring Modulith starts only its beans): the page events are kept for the
 * account they name, and nothing is kept for an anonymous person. No request and no signed-in person are
 * involved, so the events alone must say whose they are.
 */
@ApplicationModuleTest
class PageHistoryModuleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T08:15:00Z");
    private static final ScreeningResult SELF_CARE = new ScreeningResult(
            Disposition.SELF_CARE,
            List.of(),
            new Restrictions(true, Set.of(), Set.of(), true),
            new TherapyAdvice(TherapyKind.HEAT, 15, 20),
            "module-test-rules");
    private static final Plan EMPTY_PLAN = new Plan(SELF_CARE, List.of(), 0, List.of(), List.of());

    /** The clock, which the whole application gets from the system module, and the accounts' table. */
    @TestConfiguration
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        /** Where the person's consent to keep checks is held; the rest of the account module stays off. */
        @Bean
        AccountRepository accounts(JdbcClient jdbc) {
            return new AccountRepository(jdbc);
        }
    }

    @Autowired
    ScreeningRecordRepository screenings;

    @Autowired
    RoutinePlanRepository routines;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aScreeningIsKeptForTheAccountItNames(Scenario scenario) {
        UUID account = newAccount();

        scenario.publish(new ScreeningEvaluated(account, "{\"age\":40}", SELF_CARE, true))
                .andWaitForStateChange(() -> screenings.list(account, null, null))
                .andVerify(kept -> assertThat(kept).singleElement().satisfies(record -> {
                    assertThat(record.at()).isEqualTo(NOW);
                    assertThat(record.rulesVersion()).isEqualTo("module-test-rules");
                    assertThat(record.request()).isEqualTo("{\"age\":40}");
                    assertThat(record.result()).contains("\"disposition\":\"SELF_CARE\"");
                }));
    }

    @Test
    void aScreeningThePersonDidNotAskToKeepIsNotKeptAndTheirChoiceIsRemembered(Scenario scenario) {
        UUID account = newAccount();
        jdbc.sql("UPDATE account SET keep_checks = TRUE WHERE id = ?")
                .param(account)
                .update();

        scenario.publish(new ScreeningEvaluated(account, "{\"age\":40}", SELF_CARE, false))
                .andWaitForStateChange(() -> keepsChecks(account), kept -> !kept)
                .andVerify(
                        kept -> assertThat(screenings.list(account, null, null)).isEmpty());
    }

    @Test
    void aKeptScreeningRemembersTheConsentAsTheNextDefault(Scenario scenario) {
        UUID account = newAccount();

        scenario.publish(new ScreeningEvaluated(account, "{\"age\":40}", SELF_CARE, true))
                .andWaitForStateChange(() -> keepsChecks(account), kept -> kept)
                .andVerify(
                        kept -> assertThat(screenings.list(account, null, null)).hasSize(1));
    }

    private boolean keepsChecks(UUID account) {
        return jdbc.sql("SELECT keep_checks FROM account WHERE id = ?")
                .param(account)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aRoutineIsKeptForTheAccountItNamesUnderThePlansId(Scenario scenario) {
        UUID account = newAccount();
        UUID plan = UUID.randomUUID();

        scenario.publish(new RoutinePlanned(plan, account, "{\"minutes\":10}", EMPTY_PLAN))
                .andWaitForStateChange(() -> routines.list(account))
                .andVerify(kept -> assertThat(kept).singleElement().satisfies(record -> {
                    assertThat(record.id()).isEqualTo(plan);
                    assertThat(record.at()).isEqualTo(NOW);
                    assertThat(record.request()).isEqualTo("{\"minutes\":10}");
                    assertThat(record.plan()).contains("\"rulesVersion\":\"module-test-rules\"");
                }));
    }

    // The listeners run in the publishing thread, so the row counts are final once the event is published.

    @Test
    void anAnonymousScreeningKeepsNothing(Scenario scenario) {
        long before = rows("screening_record");

        scenario.publish(new ScreeningEvaluated(null, "{\"age\":40}", SELF_CARE, true))
                .andWaitForStateChange(() -> rows("screening_record"))
                .andVerify(after -> assertThat(after).isEqualTo(before));
    }

    @Test
    void anAnonymousRoutineKeepsNothing(Scenario scenario) {
        long before = rows("routine_plan");

        scenario.publish(new RoutinePlanned(UUID.randomUUID(), null, "{\"minutes\":10}", EMPTY_PLAN))
                .andWaitForStateChange(() -> rows("routine_plan"))
                .andVerify(after -> assertThat(after).isEqualTo(before));
    }

    /** The account module is not started here; only the row the records belong to is made. */
    private UUID newAccount() {
        return TestAccounts.insert(jdbc, UUID.randomUUID() + "@example.org", ZoneId.of("UTC"), NOW);
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
