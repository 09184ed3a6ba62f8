package org.spinewise.clinic.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ConflictException;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.PathId;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.clinic.AccessLog;
import org.spinewise.clinic.Assignment;
import org.spinewise.clinic.Assignments;
import org.spinewise.clinic.Links;
import org.spinewise.planner.web.RoutinePlayerPage;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's side of the clinic as pages: their links ({@code /me/links}), who looked at their data
 * ({@code /me/access}), and playing a routine a clinic assigned ({@code /me/assignments/{id}}), filtered by
 * their screening at that moment as any routine is.
 */
@Controller
@RequiredArgsConstructor
class MyClinicPageController {

    private final Links links;
    private final AccessLog accessLog;
    private final Assignments assignments;
    private final RoutinePlayerPage player;

    record LinkForm(@Nullable String code) {}

    @GetMapping("/me/links")
    String links(
            @SignedIn SignedInPerson person,
            @RequestParam(name = "done", required = false) @Nullable String done,
            Model model) {
        return links(person, done, "", null, model);
    }

    @PostMapping("/me/links")
    String link(
            @SignedIn SignedInPerson person, @ModelAttribute LinkForm form, Model model, HttpServletResponse response) {
        String code = form.code() == null ? "" : form.code();
        try {
            links.link(person.accountId(), code);
            return "redirect:/me/links?done=linked";
        } catch (InvalidRequestException refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return links(person, null, code, Messages.t("clinic.links.error.code"), model);
        } catch (ConflictException already) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return links(person, null, code, Messages.t("clinic.links.error.already"), model);
        }
    }

    @PostMapping("/me/links/{id}/revoke")
    String revoke(@SignedIn SignedInPerson person, @PathId("link") UUID id) {
        links.unlink(person.accountId(), id);
        return "redirect:/me/links?done=revoked";
    }

    @GetMapping("/me/access")
    String access(@SignedIn SignedInPerson person, Model model) {
        model.addAttribute("entries", accessLog.of(person.accountId()));
        model.addAttribute("zone", person.timeZone());
        return "clinic/access";
    }

    @GetMapping("/me/assignments/{id}")
    String play(@SignedIn SignedInPerson person, @PathId("assignment") UUID id, Model model) {
        Assignments.Playable playable = assignments
                .play(person.accountId(), id)
                .orElseThrow(() -> new ResourceNotFoundException("assignment", id.toString()));
        Assignment assignment = playable.assignment();
        if (playable.plan() == null) {
            model.addAttribute("assignment", assignment);
            return "clinic/needsCheck";
        }
        List<String> intro = new ArrayList<>();
        intro.add(Messages.t("clinic.play.intro", assignment.clinic().name()));
        if (!assignment.note().isBlank()) {
            intro.add(Messages.t("clinic.play.note", assignment.note()));
        }
        return player.show(playable.plan(), assignment.title(), intro, Messages.t("clinic.play.allRefused"), model);
    }

    private String links(
            SignedInPerson person, @Nullable String done, String code, @Nullable String error, Model model) {
        model.addAttribute("links", links.of(person.accountId()));
        model.addAttribute("zone", person.timeZone());
        model.addAttribute("done", done);
        model.addAttribute("code", code);
        model.addAttribute("error", error);
        return "clinic/links";
    }
}
