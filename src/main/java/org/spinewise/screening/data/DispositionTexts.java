package org.spinewise.screening.data;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.spinewise.datafile.Violations;
import org.spinewise.screening.Disposition;
import org.spinewise.screening.DispositionAdvice;
import org.spinewise.screening.data.RulesFile.RuleEntry;

/**
 * Checks the words the pages show for dispositions and warning signs: one
 * advice per disposition, and a plain statement of the sign for every rule
 * that raises a disposition, so that no list of signs can miss a rule.
 */
final class DispositionTexts {

    private DispositionTexts() {}

    static Map<Disposition, DispositionAdvice> validated(List<DispositionAdvice> entries, Violations check) {
        Map<Disposition, DispositionAdvice> advice = new EnumMap<>(Disposition.class);
        if (!check.required(entries, "dispositions")) {
            return advice;
        }
        for (int i = 0; i < entries.size(); i++) {
            DispositionAdvice entry = entries.get(i);
            String path = "dispositions[" + i + "]";
            if (!check.required(entry.disposition(), path + ".disposition")) {
                continue;
            }
            check.check(
                    advice.put(entry.disposition(), entry) == null,
                    path + ".disposition",
                    "'" + entry.disposition() + "' is listed twice");
            check.text(entry.headline(), path + ".headline");
            check.text(entry.heading(), path + ".heading");
            check.text(entry.action(), path + ".action");
        }
        for (Disposition disposition : Disposition.values()) {
            check.check(advice.containsKey(disposition), "dispositions", "'" + disposition + "' is missing");
        }
        return advice;
    }

    /** A rule that raises a disposition names its sign; a rule that only restricts has none to name. */
    static void checkSign(RuleEntry rule, String path, Violations check) {
        if (rule.disposition() != null) {
            check.text(rule.sign(), path + ".sign");
        } else {
            check.check(rule.sign() == null, path + ".sign", "only a rule with a disposition names a warning sign");
        }
    }
}
