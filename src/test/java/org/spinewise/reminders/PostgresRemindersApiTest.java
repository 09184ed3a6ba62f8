package org.spinewise.reminders;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.spinewise.reminders.web.CalendarFeedApiTest;
import org.spinewise.reminders.web.DeskRoutinePageTest;
import org.spinewise.reminders.web.PushApiTest;
import org.spinewise.reminders.web.ReminderSettingsApiTest;
import org.spinewise.support.EnabledWithPostgres;
import org.spinewise.support.PostgresSchema;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The reminders' suite again on PostgreSQL (the {@code postgres} profile, a throw-away schema): each nested
 * class inherits this configuration, so the same cases run on both databases.
 */
@EnabledWithPostgres
@ActiveProfiles("postgres")
// The schema is dropped after the class, so no context may outlive it.
@DirtiesContext
class PostgresRemindersApiTest {

    @RegisterExtension
    static final PostgresSchema database = new PostgresSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) {
        database.useForApplication(properties);
    }

    @Nested
    class Settings extends ReminderSettingsApiTest {}

    @Nested
    class Calendar extends CalendarFeedApiTest {}

    @Nested
    class Push extends PushApiTest {}

    @Nested
    class Breaks extends BreakSenderTest {}

    @Nested
    class Desk extends DeskRoutinePageTest {}
}
