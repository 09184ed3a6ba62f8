package org.spinewise.planner.web;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonBody;
import org.spinewise.api.PathId;
import org.spinewise.api.PrincipalAccount;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.library.EmergencySigns;
import org.spinewise.planner.KeptPlans;
import org.spinewise.planner.KeptPlans.KeptPlan;
import org.spinewise.planner.PlanRequest;
import org.spinewise.planner.Planner;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /routine/{id}}: a routine a signed-in person planned, at an address that survives a reload and a
 * bookmark and holds nothing of them but a random id (only its owner can open it); the planning form leads here.
 * Opening it screens the kept answers again with today's rules, so a restriction added since applies, and once it
 * is no longer fresh the player waits until the person confirms that no warning sign has appeared since the check
 * it was planned from.
 */
@Controller
@RequiredArgsConstructor
class PlannedRoutineController {

    /**
     * Opened again within this long of its safety check (the page the planning form leads to, or a reload of it),
     * a routine starts without asking about warning signs again; later, the person confirms none has appeared.
     */
    static final Duration FRESH = Duration.ofMinutes(30);

    private final KeptPlans kept;
    private final PlanRequestReader reader;
    private final Planner planner;
    private final RoutinePlayerPage player;
    private final EmergencySigns signs;
    private final Clock clock;

    @GetMapping("/routine/{id}")
    String planned(
            @PathId("routine") UUID id,
            @Nullable Principal person,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        UUID account = PrincipalAccount.idOf(person);
        KeptPlan plan = (account == null ? Optional.<KeptPlan>empty() : kept.find(account, id))
                .orElseThrow(() -> new ResourceNotFoundException("routine", id.toString()));
        ObjectNode request = JsonBody.parseObjectOrNull(plan.requestJson());
        PlanRequest planRequest = request == null ? null : reader.read(JsonBody.fieldsOf(request));
        if (planRequest == null) {
            // kept by an older release whose answers today's questions no longer take: a new check is needed
            response.setStatus(HttpStatus.CONFLICT.value());
            return "planner/lost";
        }
        if (plan.plannedAt().plus(FRESH).isBefore(clock.instant())) {
            model.addAttribute("plannedAt", plan.plannedAt());
            model.addAttribute("warningSigns", signs.emergencySigns(locale));
        }
        return player.show(planner.plan(planRequest), model);
    }
}
