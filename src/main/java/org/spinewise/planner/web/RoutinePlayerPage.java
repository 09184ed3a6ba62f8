package org.spinewise.planner.web;

import java.util.List;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.library.Exercise;
import org.spinewise.library.Libraries;
import org.spinewise.library.Library;
import org.spinewise.planner.Plan;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The routine page with its guided player, for any plan: the planner's own and a clinic's assigned routine
 * filtered by the person's screening. Other modules show a plan through this, so the page and its player
 * stay in one place.
 */
@Component
@NamedInterface("player")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoutinePlayerPage {

    static final String TEMPLATE = "planner/plan";

    private final Libraries libraries;
    private final ObjectMapper json;

    /**
     * Puts the plan on the model and names the template that shows it.
     *
     * @param heading    the page's title and heading
     * @param intro      paragraphs shown under the heading, in order
     * @param nothingFits what the page says when the plan has no item and the screening allows exercise
     */
    public String show(Plan plan, String heading, List<String> intro, String nothingFits, Model model) {
        model.addAttribute("view", view(plan));
        model.addAttribute("heading", heading);
        model.addAttribute("intro", intro);
        model.addAttribute("nothingFits", nothingFits);
        return TEMPLATE;
    }

    /** The planner's own routine, with the page's usual words. */
    String show(Plan plan, Model model) {
        model.addAttribute("view", view(plan));
        return TEMPLATE;
    }

    private PlanView view(Plan plan) {
        return PlanView.of(plan, library(), steps -> playerJson(plan, steps));
    }

    /** The library in the language of the request being answered (the plan itself holds only ids). */
    private Library library() {
        return libraries.in(LocaleContextHolder.getLocale());
    }

    /**
     * The routine with each exercise's instructions, for the player script: the items in the order they are
     * played, each with its round, its dose in words and its drawing in words.
     */
    private String playerJson(Plan plan, List<PlanView.Step> steps) {
        ObjectNode root = json.createObjectNode();
        root.put("totalSeconds", plan.totalSeconds());
        root.put("disposition", plan.screening().disposition().name());
        root.put("rulesVersion", plan.screening().rulesVersion());
        ArrayNode items = root.putArray("items");
        for (PlanView.Step step : steps) {
            Exercise exercise = step.exercise();
            ObjectNode node = json.valueToTree(step.item());
            node.put("round", step.round());
            node.put("rounds", step.rounds());
            node.put("dose", step.dose());
            node.put("imageAlt", step.drawing());
            node.put("name", exercise.name());
            node.put("breathing", exercise.breathing());
            node.put("image", "/img/exercises/" + exercise.id() + ".svg");
            node.set("steps", json.valueToTree(exercise.steps()));
            node.set("cautions", json.valueToTree(exercise.cautions()));
            items.add(node);
        }
        return root.toString();
    }
}
