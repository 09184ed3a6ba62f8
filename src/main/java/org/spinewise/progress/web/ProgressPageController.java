package org.spinewise.progress.web;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.progress.ProgressReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The progress page: the same reports as {@code GET /api/v1/progress}, drawn as charts on the server. */
@Controller
@RequiredArgsConstructor
class ProgressPageController {

    private final ProgressReports reports;

    @GetMapping("/me/progress")
    String progress(@SignedIn SignedInPerson person, Model model) {
        model.addAttribute(
                "page",
                ProgressPage.of(
                        reports.report(person.accountId(), person.timeZone()),
                        reports.history(person.accountId(), person.timeZone(), ProgressPage.DAYS),
                        person.timeZone(),
                        reports));
        return "progress/progress";
    }
}
