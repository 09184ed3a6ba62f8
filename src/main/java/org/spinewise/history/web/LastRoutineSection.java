package org.spinewise.history.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.DashboardOrder;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedInPerson;
import org.spinewise.history.RoutinePlanRecord;
import org.spinewise.history.RoutinePlanRepository;
import org.spinewise.system.Messages;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.spinewise.system.Messages.t;

/**
 * The person's page offers their last routine again, at its own address, from any device they sign in on
 * (the browser's kept copy is only on the one it was planned on). After today's check-in, before the week.
 */
@Component
@Order(DashboardOrder.LAST_ROUTINE)
@RequiredArgsConstructor
class LastRoutineSection implements DashboardSections {

    private final RoutinePlanRepository plans;

    @Override
    public List<Section> sectionsFor(SignedInPerson person) {
        List<Entry> last = plans.latest(person.accountId()).map(plan -> entry(plan, person)).stream()
                .toList();
        return List.of(new Section(
                "last-routine",
                t("lastRoutine.title"),
                t("lastRoutine.none"),
                last,
                List.of(new Link(t("lastRoutine.check"), "/screening"))));
    }

    private static Entry entry(RoutinePlanRecord plan, SignedInPerson person) {
        String day = DateTimeFormatter.ofPattern(t("lastRoutine.dateFormat"), Messages.locale())
                .format(plan.at().atZone(person.timeZone()));
        return new Entry(
                t("lastRoutine.planned", day),
                List.of(t("lastRoutine.lead")),
                new Link(t("lastRoutine.again"), "/routine/" + plan.id()));
    }
}
