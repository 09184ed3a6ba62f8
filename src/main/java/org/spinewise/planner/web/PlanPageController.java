package org.spinewise.planner.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.FieldError;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PrincipalAccount;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanRequest;
import org.spinewise.planner.Planner;
import org.spinewise.planner.RoutinePlanned;
import org.spinewise.system.Messages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The routine page: the plan for the person's screening and choices, and its guided player. */
@Controller
@RequiredArgsConstructor
class PlanPageController {

    /** The result page's hidden field, "no" when the person chose not to keep the check it plans from. */
    private static final String CHECK_KEPT = "checkKept";

    private final PlanRequestReader reader;
    private final Planner planner;
    private final RoutinePlayerPage player;
    private final ApplicationEventPublisher events;

    /**
     * @param person who is signed in, named by the account id (as {@code SignedInPerson} is); null for an
     *     anonymous person, whose routine nobody keeps. A plain {@link Principal}, so that this module needs
     *     nothing of the account module.
     */
    @PostMapping(path = "/routine", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    String routine(
            @RequestParam MultiValueMap<String, String> params,
            @RequestParam(required = false) @Nullable String speed,
            Principal person,
            Model model,
            HttpServletResponse response) {
        ObjectNode screening = JsonBody.parseObjectOrNull(params.getFirst(PlanRequestReader.SCREENING));
        if (screening == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "planner/lost";
        }
        ObjectNode request = JsonBody.newObject();
        request.set(PlanRequestReader.SCREENING, screening);
        ArrayNode positions = request.putArray(PlanRequestReader.POSITIONS);
        params.getOrDefault(PlanRequestReader.POSITIONS, List.of()).forEach(positions::add);
        String minutes = params.getFirst(PlanRequestReader.MINUTES);
        if (minutes != null && minutes.matches("\\d{1,3}")) {
            request.put(PlanRequestReader.MINUTES, Integer.parseInt(minutes));
        } else if (minutes != null) {
            request.put(PlanRequestReader.MINUTES, minutes);
        }
        if (params.getFirst(PlanRequestReader.GOAL) != null) {
            request.put(PlanRequestReader.GOAL, params.getFirst(PlanRequestReader.GOAL));
        }
        JsonFields fields = JsonBody.fieldsOf(request);
        PlanRequest planRequest = reader.read(fields);
        if (planRequest == null) {
            return invalid(fields.errors(), screening, params, model, response);
        }
        Plan plan = planner.plan(planRequest);
        UUID planId = UUID.randomUUID();
        // A routine keeps its check's answers: planned from a check the person chose not to keep, it is
        // not kept either, and plays here as an anonymous person's does.
        boolean keep = person != null && checkKept(params);
        events.publishEvent(
                new RoutinePlanned(planId, keep ? PrincipalAccount.idOf(person) : null, request.toString(), plan));
        if (keep) {
            // kept: its own address, which a reload, a bookmark and the person's page open again
            return "redirect:/routine/" + planId
                    + (speed != null && speed.matches("\\d{1,4}") ? "?speed=" + speed : "");
        }
        return player.show(plan, model);
    }

    private String invalid(
            List<FieldError> errors,
            ObjectNode screening,
            MultiValueMap<String, String> params,
            Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        if (errors.stream().anyMatch(error -> error.field().startsWith(PlanRequestReader.SCREENING))) {
            return "planner/lost";
        }
        Map<String, String> messages = new LinkedHashMap<>();
        errors.forEach(error -> messages.putIfAbsent(
                error.field(),
                switch (error.field()) {
                    case PlanRequestReader.POSITIONS, PlanRequestReader.MINUTES ->
                        Messages.t("builder.fieldError." + error.field());
                    default -> Messages.t("builder.fieldError.goal");
                }));
        model.addAttribute("screeningJson", screening.toString());
        model.addAttribute(
                "positions", new LinkedHashSet<>(params.getOrDefault(PlanRequestReader.POSITIONS, List.of())));
        model.addAttribute("minutes", params.getFirst(PlanRequestReader.MINUTES));
        model.addAttribute("goal", params.getFirst(PlanRequestReader.GOAL));
        model.addAttribute("errors", messages);
        model.addAttribute(CHECK_KEPT, checkKept(params));
        return "planner/builder";
    }

    private static boolean checkKept(MultiValueMap<String, String> params) {
        return !"no".equals(params.getFirst(CHECK_KEPT));
    }
}
