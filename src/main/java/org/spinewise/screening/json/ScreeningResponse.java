package org.spinewise.screening.json;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.Restrictions;
import org.spinewise.screening.Rule;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.TherapyAdvice;

/** A screening result as the API contract writes it. */
public record ScreeningResponse(
        Disposition disposition,
        List<FiredRule> firedRules,
        Restrictions restrictions,
        @Nullable TherapyAdvice therapy,
        String rulesVersion) {

    /** A fired rule in the answer: what it says and what it rests on. */
    public record FiredRule(String id, @Nullable Disposition disposition, String message, String source) {

        static FiredRule of(Rule rule) {
            return new FiredRule(rule.id(), rule.disposition(), rule.message(), rule.source());
        }
    }

    public static ScreeningResponse of(ScreeningResult result) {
        return new ScreeningResponse(
                result.disposition(),
                result.firedRules().stream().map(FiredRule::of).toList(),
                result.restrictions(),
                result.therapy(),
                result.rulesVersion());
    }
}
