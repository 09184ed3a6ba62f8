package org.spinewise.screening.web;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.spinewise.screening.Question;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.Messages;

/**
 * Why the player's "This hurts, stop" sent a person back to the safety check
 * ({@code /screening?after=<key>}), and the questions that then deserve a
 * fresh, careful answer.
 */
enum StopReason {
    SHARP("sharp", List.of()),
    NUMBNESS("numbness", List.of("leg_numbness_tingling", "both_legs_affected", "saddle_numbness")),
    WEAKNESS("weakness", List.of("leg_weakness", "progressive_leg_weakness", "both_legs_affected")),
    LEG("leg", List.of("pain_below_knee", "leg_numbness_tingling", "both_legs_affected"));

    private final String key;
    private final List<String> questions;

    StopReason(String key, List<String> questions) {
        this.key = key;
        this.questions = questions;
    }

    static Optional<StopReason> of(String key) {
        return Arrays.stream(values()).filter(reason -> reason.key.equals(key)).findFirst();
    }

    /** The reason in the page's words ({@code screening.stop.sharp}: "sharp pain"). */
    String words() {
        return Messages.t("screening.stop." + key);
    }

    List<String> questions() {
        return questions;
    }

    /** @throws IllegalStateException when a reason names a question the rule book no longer asks */
    static void checkAgainst(RuleBook book) {
        Set<String> asked =
                Set.copyOf(book.questions().stream().map(Question::id).toList());
        for (StopReason reason : values()) {
            reason.questions.stream()
                    .filter(id -> !asked.contains(id))
                    .findFirst()
                    .ifPresent(id -> {
                        throw new IllegalStateException("stop reason " + reason.key + " names '" + id
                                + "', which rules version " + book.version() + " does not ask");
                    });
        }
    }
}
