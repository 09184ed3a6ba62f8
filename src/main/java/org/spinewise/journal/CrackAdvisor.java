package org.spinewise.journal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.spinewise.library.Category;
import org.spinewise.library.Exercise;
import org.spinewise.library.Library;

/**
 * The cracking log's guardrails, after the article's sections on damage,
 * prevention and when to seek help: too many cracks in a day, forcing a
 * crack, and pain that keeps coming with cracks. Plain Java: it is given the
 * log's figures and answers the advice in the contract's order.
 */
public final class CrackAdvisor {

    static final String DAMAGE = "damage";
    static final String PREVENTION = "prevention";
    static final String SEEK_HELP = "seek-help";

    private final CrackGuardrails guardrails;
    private final String stretches;
    private final String preventionSource;
    private final String damageSource;
    private final String seekHelpSource;

    public CrackAdvisor(CrackGuardrails guardrails, Library library) {
        this.guardrails = guardrails;
        List<String> names = library.exercises().stream()
                .filter(exercise -> exercise.category() == Category.STRETCH)
                .map(Exercise::name)
                .toList();
        this.stretches = names.isEmpty() ? "a gentle stretch from the library" : joinWithOr(names);
        this.preventionSource = source(library, PREVENTION);
        this.damageSource = source(library, DAMAGE);
        this.seekHelpSource = source(library, SEEK_HELP);
    }

    public CrackGuardrails guardrails() {
        return guardrails;
    }

    /**
     * @param crack          the crack just logged
     * @param day            its day in the person's time zone
     * @param cracksThatDay  the person's cracks on that day, this one included
     * @param latest         whether each of the person's latest cracks up to and including this one was
     *                       painful, at most {@link CrackGuardrails#painfulWindow()} of them
     */
    public List<Advice> advise(Crack crack, LocalDate day, int cracksThatDay, List<Boolean> latest) {
        List<Advice> advice = new ArrayList<>(3);
        if (cracksThatDay > guardrails.dailyLimit()) {
            advice.add(new Advice(
                    Advice.DAILY_LIMIT,
                    "You have now logged " + cracksThatDay + " cracks on " + day
                            + ", more than the " + guardrails.dailyLimit()
                            + " a day Spinewise suggests. Cracking often can "
                            + "overstretch the ligaments that keep your spine steady and wear its joints. For the rest of the "
                            + "day, try a gentle stretch instead: " + stretches + ".",
                    preventionSource));
        }
        if (crack.forced()) {
            advice.add(new Advice(
                    Advice.FORCED,
                    "Never force a crack. A forceful, sudden or aggressive crack can "
                            + "pinch a nerve, strain or tear back muscles, inflame the joints of the spine, injure a disc, "
                            + "harm blood vessels or lock a facet joint. Move slowly and gently, only as far as is "
                            + "comfortable; you do not need a pop for it to help.",
                    damageSource));
        }
        long painful = latest.stream()
                .limit(guardrails.painfulWindow())
                .filter(Boolean::booleanValue)
                .count();
        if (painful >= guardrails.painfulThreshold()) {
            int looked = Math.min(latest.size(), guardrails.painfulWindow());
            advice.add(new Advice(
                    Advice.PERSISTENT_PAIN,
                    painful + " of your last " + looked + " cracks were "
                            + "painful. Pain whenever your back cracks is a reason to see a professional: please stop "
                            + "cracking and talk to your doctor or a physical therapist.",
                    seekHelpSource));
        }
        return List.copyOf(advice);
    }

    private static String source(Library library, String section) {
        String heading = library.articleSection(section)
                .orElseThrow(() -> new IllegalStateException(
                        "library/article.yaml has no section '" + section + "', which the crack advice cites"))
                .heading();
        return "Spine clinic article, section \"" + heading + "\"";
    }

    private static String joinWithOr(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }
}
