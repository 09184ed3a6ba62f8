package org.spinewise.bench;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.spinewise.library.Library;
import org.spinewise.library.Position;
import org.spinewise.library.data.LibraryLoader;
import org.spinewise.planner.Goal;
import org.spinewise.planner.Plan;
import org.spinewise.planner.PlanRequest;
import org.spinewise.planner.Planner;
import org.spinewise.screening.RandomScreenings;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.data.RuleBookLoader;

/**
 * Throughput of the safety core on one thread: a screening alone, and a
 * screening followed by a plan, over a fixed, seeded mix of inputs.
 * Run with {@code ./mvnw -Pbench test-compile exec:exec} (see the README).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScreeningBenchmark {

    private static final int INPUTS = 1024;
    private static final Goal[] GOALS = Goal.values();
    private static final Set<Position> EVERYWHERE = EnumSet.of(Position.CHAIR, Position.FLOOR, Position.LYING);

    private ScreeningEngine engine;
    private Planner planner;
    private ScreeningInput[] inputs;
    private int next;

    @Setup
    public void load() {
        Library library = LibraryLoader.load();
        engine = new ScreeningEngine(RuleBookLoader.load(library));
        planner = new Planner(library.exercises());
        Random random = new Random(42);
        inputs = new ScreeningInput[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            inputs[i] = RandomScreenings.next(random);
        }
    }

    @Benchmark
    public ScreeningResult screening() {
        return engine.evaluate(inputs[next++ & (INPUTS - 1)]);
    }

    @Benchmark
    public Plan screeningAndPlan() {
        int i = next++ & (INPUTS - 1);
        ScreeningInput input = inputs[i];
        ScreeningResult result = engine.evaluate(input);
        return planner.plan(
                new PlanRequest(result, input.painLevel(), EVERYWHERE, 5 + i % 11, GOALS[i % GOALS.length]));
    }
}
