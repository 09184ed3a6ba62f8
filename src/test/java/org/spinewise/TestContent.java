package org.spinewise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.spinewise.library.Exercise;
import org.spinewise.library.Library;
import org.spinewise.library.data.LibraryLoader;
import org.spinewise.planner.Planner;
import org.spinewise.screening.RuleBook;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.data.RuleBookLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real content files, loaded once for the plain-Java tests of the safety core. */
public final class TestContent {

    public static final Library LIBRARY = LibraryLoader.load();
    public static final RuleBook RULES = RuleBookLoader.load(LIBRARY);
    public static final ScreeningEngine ENGINE = new ScreeningEngine(RULES);
    public static final Planner PLANNER = new Planner(LIBRARY.exercises());
    public static final JsonMapper JSON = JsonMapper.builder().build();

    /** The ids of every technique a plan can hold (the stretches and the crack techniques), in the library's order. */
    public static final List<String> TECHNIQUE_IDS = LIBRARY.exercises().stream()
            .filter(Exercise::isPlannable)
            .map(Exercise::id)
            .toList();

    private TestContent() {}

    /** The clinic's sample cases, copied from shared/examples into the test resources. */
    public static List<JsonNode> examples(String file) {
        try (InputStream in = TestContent.class.getResourceAsStream("/examples/" + file)) {
            return List.copyOf(JSON.readTree(in).values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screening request of the examples' JSON shape, as the engine's input. */
    public static ScreeningInput screeningInput(JsonNode request) {
        Set<String> yes = new LinkedHashSet<>();
        request.get("answers").properties().forEach(answer -> {
            if (answer.getValue().booleanValue()) {
                yes.add(answer.getKey());
            }
        });
        Set<String> conditions = new LinkedHashSet<>();
        request.get("conditions").values().forEach(condition -> conditions.add(condition.stringValue()));
        JsonNode onset = request.get("onsetHours");
        return new ScreeningInput(
                request.get("age").intValue(),
                request.get("painLevel").intValue(),
                conditions,
                onset == null || onset.isNull() ? null : onset.doubleValue(),
                yes);
    }
}
