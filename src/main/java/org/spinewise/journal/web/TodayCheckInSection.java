package org.spinewise.journal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.DashboardOrder;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckIns;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.spinewise.system.Messages.t;

/**
 * Today's check-in on the person's page, with a way to change it, or the question that asks for it: the
 * journal is kept day by day, so the page asks for today's first. It reads one row.
 */
@Component
@Order(DashboardOrder.TODAY)
@RequiredArgsConstructor
class TodayCheckInSection implements DashboardSections {

    static final String CHECK_IN_PAGE = "/me/checkin";

    private final CheckIns checkIns;

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        Optional<CheckIn> today = checkIns.find(person.accountId(), checkIns.today(person.timeZone()));
        return List.of(new Section(
                "today",
                t("dashboard.today.title"),
                t("dashboard.today.prompt"),
                today.map(TodayCheckInSection::entry).stream().toList(),
                today.isPresent() ? List.of() : List.of(new Link(t("dashboard.today.checkIn"), CHECK_IN_PAGE))));
    }

    private static Entry entry(CheckIn checkIn) {
        List<String> lines = new ArrayList<>();
        lines.add(t(
                "dashboard.today.values",
                checkIn.pain(),
                checkIn.stiffness(),
                checkIn.sittingHours().stripTrailingZeros().toPlainString()));
        String note = checkIn.note();
        if (note != null && !note.isBlank()) {
            lines.add(t("dashboard.today.note", note));
        }
        return new Entry(t("dashboard.today.done"), lines, new Link(t("checkin.change"), CHECK_IN_PAGE));
    }
}
