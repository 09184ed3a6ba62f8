package org.spinewise.reminders;

import java.time.Duration;
import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * The persistent break job on db-scheduler (its table {@code scheduled_tasks}, in Spinewise's database): a
 * recurring task that one node at a time runs every {@code check-every}, which sends the breaks due
 * ({@link BreakSender}), and the push retries. Started with the application, stopped before its database goes.
 */
class BreakJob implements SmartLifecycle {

    static final String TASK = "movement-breaks";

    private final DataSource dataSource;
    private final BreakSender breaks;
    private final ReminderSettings settings;
    private @Nullable Scheduler scheduler;

    BreakJob(DataSource dataSource, BreakSender breaks, ReminderSettings settings) {
        this.dataSource = dataSource;
        this.breaks = breaks;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        // The retry task must be known when the scheduler is built, but schedules through that scheduler: a holder.
        PushRetries[] retries = new PushRetries[1];
        OneTimeTask<String> retry = Tasks.oneTime(PushRetries.TASK).execute((instance, context) -> {
            if (retries[0] != null) {
                retries[0].run(instance.getData(), breaks);
            }
        });
        RecurringTask<Void> check = Tasks.recurring(TASK, FixedDelay.of(settings.checkEvery()))
                .execute((instance, context) -> breaks.sendDue());
        Scheduler started = Scheduler.create(dataSource, retry)
                .startTasks(check)
                .pollingInterval(settings.pollingEvery())
                .threads(2)
                .shutdownMaxWait(Duration.ofSeconds(5))
                .build();
        retries[0] = new PushRetries(started, settings.firstRetry());
        breaks.retryWith(retries[0]);
        started.start();
        scheduler = started;
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            breaks.retryWith(null);
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
