package org.spinewise.reminders;

import org.junit.jupiter.api.Nested;
import org.spinewise.reminders.web.CalendarFeedApiTest;
import org.spinewise.reminders.web.DeskRoutinePageTest;
import org.spinewise.reminders.web.PushApiTest;
import org.spinewise.reminders.web.ReminderSettingsApiTest;
import org.spinewise.support.OnPostgres;

/**
 * The reminders' suite again on PostgreSQL (the {@code postgres} profile, a throw-away schema): each nested
 * class inherits this configuration, so the same cases run on both databases.
 */
class PostgresRemindersApiTest extends OnPostgres {

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
