package org.spinewise.screening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.spinewise.library.Movement;
import org.spinewise.library.Position;

/**
 * The screening contract (shared/spec/screening-api.md) written out as
 * straightforward code, independently of the rules file, so that property
 * tests can hold the data-driven engine against it.
 */
public final class ContractReference {

    /** The contract's table: answer id, the rule it fires, its disposition (null: restrictions only). */
    static final Map<String, String[]> ANSWER_RULES = new LinkedHashMap<>();

    /** The contract's other rules (from several answers, age, pain or onset), each with its disposition (null: restrictions only). */
    private static final Map<String, Disposition> OTHER_RULES = new LinkedHashMap<>();

    static {
        answer("bowel_bladder_change", "R-CES-BLADDER", "EMERGENCY");
        answer("saddle_numbness", "R-CES-SADDLE", "EMERGENCY");
        answer("progressive_leg_weakness", "R-NEURO-PROGRESSIVE", "EMERGENCY");
        answer("both_legs_affected", "R-CES-BILATERAL", "EMERGENCY");
        answer("new_sexual_dysfunction", "R-CES-SEXUAL", "EMERGENCY");
        answer("sudden_severe_pain_faint", "R-VASCULAR", "EMERGENCY");
        answer("very_unwell", "R-SEPSIS", "EMERGENCY");
        answer("pregnancy_warning_signs", "R-PREGNANCY-WARNING", "EMERGENCY");
        answer("fever", "R-INFECTION-FEVER", "URGENT");
        answer("unexplained_weight_loss", "R-CANCER-WEIGHT", "URGENT");
        answer("cancer_history", "R-CANCER-HISTORY", "URGENT");
        answer("recent_trauma", "R-FRACTURE-TRAUMA", "URGENT");
        answer("infection_risk", "R-INFECTION-RISK", "URGENT");
        answer("constant_night_pain", "R-NIGHT-PAIN", "URGENT");
        answer("leg_weakness", "R-NEURO-WEAKNESS", "URGENT");
        answer("swelling_redness_warmth", "R-INFLAMMATION", "URGENT");
        answer("leg_numbness_tingling", "R-NEURO-LEG", "SEE_PROFESSIONAL");
        answer("sudden_central_pain", "R-SUDDEN-CENTRAL", "SEE_PROFESSIONAL");
        answer("inflammatory_pattern", "R-INFLAMMATORY", "SEE_PROFESSIONAL");
        answer("pain_when_cracking", "R-CRACK-PAINFUL", "SEE_PROFESSIONAL");
        answer("locked_back", "R-LOCKED", "SEE_PROFESSIONAL");
        answer("stiffness_not_improving", "R-STIFF-PERSISTENT", "SEE_PROFESSIONAL");
        answer("pain_below_knee", "R-SCIATICA", "SEE_PROFESSIONAL");
        answer("recent_spine_surgery", "R-POST-SURGERY", "SEE_PROFESSIONAL");
        answer("pregnant", "R-PREGNANCY", null);
        OTHER_RULES.put("R-MSCC", Disposition.EMERGENCY);
        OTHER_RULES.put("R-INFECTION-NEURO", Disposition.EMERGENCY);
        OTHER_RULES.put("R-FRACTURE-SPONTANEOUS", Disposition.URGENT);
        OTHER_RULES.put("R-AGE-YOUNG-CHILD", Disposition.URGENT);
        OTHER_RULES.put("R-AGE-MINOR", Disposition.SEE_PROFESSIONAL);
        OTHER_RULES.put("R-PAIN-SEVERE", Disposition.SEE_PROFESSIONAL);
        OTHER_RULES.put("R-NOT-SETTLING", Disposition.SEE_PROFESSIONAL);
        OTHER_RULES.put("R-CRACK-PAIN", null);
        OTHER_RULES.put("R-CRACK-AGE", null);
    }

    static final List<String> CONDITIONS =
            List.of("spinal_stenosis", "herniated_disc", "osteoarthritis", "spondylolisthesis", "osteoporosis");
    /** The contract's precedence, written out rather than taken from the enum under test. */
    private static final List<Disposition> PRECEDENCE =
            List.of(Disposition.EMERGENCY, Disposition.URGENT, Disposition.SEE_PROFESSIONAL, Disposition.SELF_CARE);

    private static final Set<String> NERVE_SIGNS =
            Set.of("leg_numbness_tingling", "leg_weakness", "progressive_leg_weakness", "both_legs_affected");

    private ContractReference() {}

    private static void answer(String id, String rule, String disposition) {
        ANSWER_RULES.put(id, new String[] {rule, disposition});
    }

    private static void fire(Map<String, Disposition> fired, String rule) {
        if (!OTHER_RULES.containsKey(rule)) {
            throw new IllegalArgumentException("not a rule of the contract's tables: " + rule);
        }
        fired.put(rule, OTHER_RULES.get(rule));
    }

    /**
     * Every rule of the contract's tables (the conditions' own rules aside) with its disposition, as the API
     * names it: "" for a rule that only restricts.
     */
    public static Map<String, String> dispositions() {
        Map<String, String> rules = new HashMap<>();
        ANSWER_RULES.values().forEach(rule -> rules.put(rule[0], rule[1] == null ? "" : rule[1]));
        OTHER_RULES.forEach((rule, disposition) -> rules.put(rule, disposition == null ? "" : disposition.name()));
        return Map.copyOf(rules);
    }

    record Expected(
            Disposition disposition, List<String> firedRuleIds, Restrictions restrictions, TherapyKind therapy) {}

    static Expected evaluate(ScreeningInput in) {
        Map<String, Disposition> fired = new LinkedHashMap<>();
        Set<String> yes = in.yesAnswers();
        yes.forEach(answer -> {
            String[] rule = ANSWER_RULES.get(answer);
            fired.put(rule[0], rule[1] == null ? null : Disposition.valueOf(rule[1]));
        });
        boolean nerveSigns = yes.stream().anyMatch(NERVE_SIGNS::contains);
        if (yes.contains("cancer_history") && nerveSigns) {
            fire(fired, "R-MSCC");
        }
        if ((yes.contains("fever") || yes.contains("infection_risk")) && nerveSigns) {
            fire(fired, "R-INFECTION-NEURO");
        }
        if (yes.contains("sudden_central_pain") && (in.conditions().contains("osteoporosis") || in.age() >= 65)) {
            fire(fired, "R-FRACTURE-SPONTANEOUS");
        }
        if (in.age() < 6) {
            fire(fired, "R-AGE-YOUNG-CHILD");
        }
        if (in.age() < 18) {
            fire(fired, "R-AGE-MINOR");
        }
        if (in.painLevel() >= 8) {
            fire(fired, "R-PAIN-SEVERE");
        }
        if (in.onsetHours() != null && in.onsetHours() >= 672) {
            fire(fired, "R-NOT-SETTLING");
        }
        if (in.painLevel() >= 4) {
            fire(fired, "R-CRACK-PAIN");
        }
        if (in.age() >= 65) {
            fire(fired, "R-CRACK-AGE");
        }
        in.conditions().forEach(condition -> fired.put("R-CONDITION-" + condition.toUpperCase(Locale.ROOT), null));

        Disposition disposition = fired.values().stream()
                .filter(d -> d != null)
                .min(Comparator.comparing(PRECEDENCE::indexOf))
                .orElse(Disposition.SELF_CARE);
        boolean pregnant = yes.contains("pregnant");
        boolean cracking = disposition == Disposition.SELF_CARE
                && in.painLevel() <= 3
                && in.conditions().isEmpty()
                && !pregnant
                && in.age() < 65;
        Set<Movement> movements = EnumSet.noneOf(Movement.class);
        if (in.conditions().contains("spinal_stenosis") || in.conditions().contains("spondylolisthesis")) {
            movements.add(Movement.EXTENSION);
        }
        if (in.conditions().contains("osteoporosis")) {
            movements.add(Movement.FLEXION);
            movements.add(Movement.ROTATION);
        }
        Set<Position> positions = pregnant ? EnumSet.of(Position.LYING) : EnumSet.noneOf(Position.class);
        boolean selfGuided = disposition != Disposition.EMERGENCY
                && disposition != Disposition.URGENT
                && !yes.contains("recent_spine_surgery");
        TherapyKind therapy = !selfGuided
                ? null
                : in.onsetHours() != null && in.onsetHours() < 48 ? TherapyKind.COLD : TherapyKind.HEAT;

        List<String> order = new ArrayList<>(fired.keySet());
        order.sort(Comparator.<String, Disposition>comparing(
                        fired::get, Comparator.nullsLast(Comparator.comparing(PRECEDENCE::indexOf)))
                .thenComparing(Comparator.naturalOrder()));
        return new Expected(disposition, order, new Restrictions(cracking, movements, positions, selfGuided), therapy);
    }
}
