package org.spinewise.reminders.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.PrincipalAccount;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.spinewise.planner.Plan;
import org.spinewise.reminders.DeskRoutine;
import org.spinewise.reminders.SiteAddress;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /routine/desk}: what a break reminder opens, one click from the notification or the calendar. */
@Controller
@RequiredArgsConstructor
class DeskRoutineController {

    private final DeskRoutine routine;
    private final Libraries libraries;

    /**
     * @param person who is signed in, named by the account id; null for an anonymous person, who is asked for
     *     a safety check first
     */
    @GetMapping(SiteAddress.DESK_ROUTINE)
    String desk(@Nullable Principal person, Model model, Locale locale) {
        Library library = libraries.in(locale);
        UUID account = PrincipalAccount.idOf(person);
        Plan plan = account == null ? null : routine.plan(account).orElse(null);
        model.addAttribute("screened", plan != null);
        model.addAttribute(
                "allowed", plan != null && plan.screening().restrictions().selfGuidedExercise());
        List<DeskStep> steps = plan == null
                ? List.of()
                : plan.items().stream()
                        .map(item ->
                                new DeskStep(library.exercise(item.exerciseId()).orElseThrow(), item.seconds()))
                        .toList();
        model.addAttribute("steps", steps);
        return "reminders/desk";
    }
}
