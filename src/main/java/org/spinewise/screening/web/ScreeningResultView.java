package org.spinewise.screening.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.spinewise.library.Movement;
import org.spinewise.library.Position;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.DispositionAdvice;
import org.spinewise.screening.Rule;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.system.Messages;

/**
 * What the result page shows: the disposition, why, what is still safe,
 * and the screening request carried on to the routine builder.
 *
 * @param requestJson the screening request, for the routine form's hidden field
 * @param summaryJson what the browser keeps of this screening (no answers, only the outcome)
 */
public record ScreeningResultView(
        ScreeningResult result,
        DispositionAdvice advice,
        String requestJson,
        List<String> safeNow,
        List<String> avoid,
        List<Rule> crackingBlockedBy,
        String summaryJson,
        Map<String, String> routineErrors) {

    static ScreeningResultView of(ScreeningResult result, DispositionAdvice advice, String requestJson) {
        List<String> avoid = new ArrayList<>();
        result.restrictions().avoidMovements().forEach(m -> avoid.add(avoidMovement(m)));
        result.restrictions().avoidPositions().forEach(p -> avoid.add(avoidPosition(p)));
        List<String> safe = new ArrayList<>();
        if (result.restrictions().selfGuidedExercise()) {
            // "within the limits below" only when the page lists limits below it
            safe.add(Messages.t(avoid.isEmpty() ? "result.safe.stretchesFree" : "result.safe.stretches"));
        }
        if (result.therapy() != null) {
            safe.add(
                    result.therapy().recommended().name().equals("COLD")
                            ? Messages.t("result.safe.cold", result.therapy().maxMinutes())
                            : Messages.t("result.safe.heat", result.therapy().maxMinutes()));
        }
        if (result.restrictions().crackingAllowed()) {
            safe.add(Messages.t("result.safe.crack"));
        }
        List<Rule> blocking =
                result.firedRules().stream().filter(Rule::blocksCracking).toList();
        String summary = "{\"disposition\":\"" + result.disposition() + "\",\"rulesVersion\":\""
                + result.rulesVersion().replace("\"", "") + "\",\"firedRules\":["
                + String.join(
                        ",",
                        result.firedRules().stream()
                                .map(r -> "\"" + r.id() + "\"")
                                .toList()) + "]}";
        return new ScreeningResultView(result, advice, requestJson, safe, avoid, blocking, summary, Map.of());
    }

    /** What to avoid for a restricted movement, in the reader's language. */
    private static String avoidMovement(Movement movement) {
        return Messages.t("result.avoidMovement." + movement.name());
    }

    private static String avoidPosition(Position position) {
        return Messages.t("result.avoidPosition." + position.name());
    }

    public String headline() {
        return advice.headline();
    }

    /** The rules behind the result's disposition, each explained in full. */
    public List<Rule> leadingRules() {
        return result.firedRules().stream()
                .filter(rule -> rule.disposition() == result.disposition())
                .toList();
    }

    /**
     * Signs of a lower urgency that fired too: named, without their own advice, which the
     * higher disposition overrides (a "book a visit" must not sit under "call emergency services").
     */
    public List<Rule> alsoNoted() {
        return result.firedRules().stream()
                .filter(rule -> rule.disposition() != null && rule.disposition() != result.disposition())
                .toList();
    }

    /** Restriction-only rules, worth reading only while a self-guided routine is open. */
    public List<Rule> limits() {
        return result.restrictions().selfGuidedExercise()
                ? result.firedRules().stream()
                        .filter(rule -> rule.disposition() == null)
                        .toList()
                : List.of();
    }

    public boolean emergency() {
        return result.disposition() == Disposition.EMERGENCY;
    }
}
