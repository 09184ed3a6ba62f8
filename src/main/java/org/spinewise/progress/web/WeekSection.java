package org.spinewise.progress.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.DashboardOrder;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.progress.ProgressReports;
import org.spinewise.progress.Week;
import org.spinewise.progress.WeekSummary;
import org.spinewise.system.Messages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.spinewise.system.Messages.t;

/**
 * The person's last seven days on their page: routines done, the mean pain they rated before and after
 * them, and their check-ins; the database adds them up, so a long history costs nothing here.
 */
@Component
@Order(DashboardOrder.WEEK)
@RequiredArgsConstructor
class WeekSection implements DashboardSections {

    private final ProgressReports reports;

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        WeekSummary summary = reports.week(person.accountId(), person.timeZone());
        List<String> lines = new ArrayList<>();
        if (summary.runs().runs() == 0) {
            lines.add(t("dashboard.week.none"));
        } else {
            lines.add(t("dashboard.week.runs", summary.runs().runs()));
            lines.add(t("dashboard.week.painBefore", mean(summary.runs().meanPainBefore())));
            lines.add(t("dashboard.week.painAfter", mean(summary.runs().meanPainAfter())));
        }
        lines.add(t("dashboard.week.checkIns", summary.checkIns(), Week.DAYS));
        return List.of(new Section(
                "week",
                t("dashboard.week.title"),
                t("dashboard.week.none"),
                List.of(new Entry(days(summary.week()), lines, null)),
                List.of(new Link(t("me.notice.progress"), "/me/progress"))));
    }

    private static String days(Week week) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern(t("lastRoutine.dateFormat"), Messages.locale());
        return t("dashboard.week.days", day.format(week.from()), day.format(week.to()));
    }

    /** One decimal, as the progress page writes its means; a dash where no run rated it. */
    private static String mean(OptionalDouble mean) {
        return mean.isPresent() ? String.format(Locale.ROOT, "%.1f", mean.getAsDouble()) : t("dashboard.week.notRated");
    }
}
