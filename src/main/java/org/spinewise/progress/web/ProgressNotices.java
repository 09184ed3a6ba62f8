package org.spinewise.progress.web;

import java.util.List;

import org.spinewise.account.DashboardNotices;
import org.spinewise.account.SignedInPerson;
import org.spinewise.progress.ProgressReports;
import org.springframework.stereotype.Component;

/** Puts the progress advice (stiffness not improving) on the person's page. */
@Component
class ProgressNotices implements DashboardNotices {

    private final ProgressReports reports;

    ProgressNotices(ProgressReports reports) {
        this.reports = reports;
    }

    @Override
    public List<Notice> noticesFor(SignedInPerson person) {
        return reports.report(person.accountId(), person.timeZone()).advice().stream()
                .map(advice -> new Notice(advice.message(), advice.source(), "/me/progress"))
                .toList();
    }
}
