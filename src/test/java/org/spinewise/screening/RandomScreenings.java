package org.spinewise.screening;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Seeded random screening inputs for property tests: mostly healthy people
 * with a few yes answers and conditions, and the contract's edge values often.
 */
public final class RandomScreenings {

    private RandomScreenings() {}

    public static ScreeningInput next(Random random) {
        Set<String> yes = new HashSet<>();
        double yesRate = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 0.2;
        for (String answer : ContractReference.ANSWER_RULES.keySet()) {
            if (random.nextDouble() < yesRate) {
                yes.add(answer);
            }
        }
        Set<String> conditions = new HashSet<>();
        for (String condition : ContractReference.CONDITIONS) {
            if (random.nextDouble() < 0.12) {
                conditions.add(condition);
            }
        }
        int age = pick(random, List.of(1, 5, 6, 17, 18, 64, 65, 120), () -> 1 + random.nextInt(120));
        int pain = random.nextInt(11);
        Double onset = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> pick(random, List.of(0.0, 47.999, 48.0, 671.9, 672.0), () -> 48.0);
            default -> random.nextDouble() * 1000;
        };
        return new ScreeningInput(age, pain, conditions, onset, yes);
    }

    private static <T> T pick(Random random, List<T> edges, Supplier<T> otherwise) {
        return random.nextInt(4) == 0 ? edges.get(random.nextInt(edges.size())) : otherwise.get();
    }
}
