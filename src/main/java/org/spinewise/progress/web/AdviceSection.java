package org.spinewise.progress.web;

import java.util.List;
import java.util.stream.Stream;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.DashboardOrder;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.journal.Advice;
import org.spinewise.journal.Cracks;
import org.spinewise.progress.ProgressAdvice;
import org.spinewise.progress.ProgressReports;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.spinewise.system.Messages.t;

/**
 * The advice that applies to the person now, on their page: what their latest crack earned when it was
 * today ({@code /me/cracks}) and the progress page's stiffness advice, each as those pages compute it, with
 * where to act on it. None applies: no section at all, as an empty "advice" heading would worry for nothing.
 */
@Component
@Order(DashboardOrder.ADVICE)
@RequiredArgsConstructor
class AdviceSection implements DashboardSections {

    private final Cracks cracks;
    private final ProgressReports reports;

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        List<Entry> advice = Stream.concat(
                        cracks.adviceToday(person.accountId(), person.timeZone()).stream()
                                .map(AdviceSection::crackAdvice),
                        reports.report(person.accountId(), person.timeZone()).advice().stream()
                                .map(AdviceSection::progressAdvice))
                .toList();
        if (advice.isEmpty()) {
            return List.of();
        }
        return List.of(new Section("advice", t("dashboard.advice.title"), "", advice, List.of()));
    }

    private static Entry crackAdvice(Advice advice) {
        Link link = switch (advice.code()) {
            case Advice.DAILY_LIMIT -> new Link(t("cracks.check"), "/screening");
            case Advice.FORCED -> new Link(t("cracks.risks"), "/learn/risks-of-forceful-cracking");
            default -> new Link(t("cracks.seekHelp"), "/learn/when-to-seek-help");
        };
        return new Entry(
                t("cracks.advice.heading." + advice.code()),
                List.of(advice.message(), t("me.notice.source", advice.source())),
                link);
    }

    private static Entry progressAdvice(ProgressAdvice advice) {
        return new Entry(
                t("progress.seeProfessional"),
                List.of(advice.message(), t("me.notice.source", advice.source())),
                new Link(t("me.notice.progress"), "/me/progress"));
    }
}
