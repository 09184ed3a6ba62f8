package org.spinewise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies for the API tests: valid ones built from the contract, the
 * shared examples, and a catalogue of bad inputs with the fields a 400 must
 * name.
 */
public final class ApiRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The 25 question ids of the contract's questionnaire table (rules version 2), in its order. */
    public static final List<String> QUESTION_IDS = List.of(
            "bowel_bladder_change",
            "saddle_numbness",
            "progressive_leg_weakness",
            "both_legs_affected",
            "new_sexual_dysfunction",
            "sudden_severe_pain_faint",
            "very_unwell",
            "pregnancy_warning_signs",
            "fever",
            "unexplained_weight_loss",
            "cancer_history",
            "recent_trauma",
            "infection_risk",
            "constant_night_pain",
            "leg_weakness",
            "swelling_redness_warmth",
            "leg_numbness_tingling",
            "sudden_central_pain",
            "inflammatory_pattern",
            "pain_when_cracking",
            "locked_back",
            "stiffness_not_improving",
            "pain_below_knee",
            "recent_spine_surgery",
            "pregnant");

    /** Every question answered no, as the safety check's page form sends it ({@code &answers.id=no...}). */
    public static String everyAnswerNoAsForm() {
        StringBuilder form = new StringBuilder();
        QUESTION_IDS.forEach(id -> form.append("&answers.").append(id).append("=no"));
        return form.toString();
    }

    /** Stands for a raw JSON value in a body built by {@link #withRaw}. */
    private static final String RAW = "@@raw@@";

    private ApiRequests() {}

    /** A bad request body and the exact fields its 400 must name. */
    public record BadInput(String name, String body, Set<String> fields) {

        /** A valid body with one mistake made in it by {@code change}. */
        public static BadInput changed(ObjectNode valid, String name, Consumer<ObjectNode> change, String... fields) {
            change.accept(valid);
            return new BadInput(name, write(valid), Set.of(fields));
        }

        /** For each literal, {@code valid} with {@code field} set to it as raw JSON, named after both ("forced 1"). */
        public static List<BadInput> wrongValues(ObjectNode valid, String field, String... literals) {
            return ApiRequests.wrongValues(field, literals).stream()
                    .map(mistake -> new BadInput(mistake.name(), mistake.apply(valid.deepCopy(), ""), Set.of(field)))
                    .toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // ---- valid bodies ---------------------------------------------------------------------

    /** Age 40, pain 2, no conditions, onset 72 h, every answer no: SELF_CARE. */
    public static ObjectNode screening() {
        ObjectNode body = JSON.createObjectNode();
        body.put("age", 40);
        body.put("painLevel", 2);
        body.putArray("conditions");
        body.put("onsetHours", 72);
        ObjectNode answers = body.putObject("answers");
        QUESTION_IDS.forEach(id -> answers.put(id, false));
        return body;
    }

    public static ObjectNode plan() {
        ObjectNode body = JSON.createObjectNode();
        body.set("screening", screening());
        ArrayNode positions = body.putArray("positions");
        positions.add("CHAIR").add("FLOOR").add("LYING");
        body.put("minutes", 10);
        body.put("goal", "RELIEVE_TENSION");
        return body;
    }

    public static String screening(Consumer<ObjectNode> change) {
        ObjectNode body = screening();
        change.accept(body);
        return write(body);
    }

    public static String plan(Consumer<ObjectNode> change) {
        ObjectNode body = plan();
        change.accept(body);
        return write(body);
    }

    public static String write(JsonNode body) {
        return JSON.writeValueAsString(body);
    }

    public static ObjectNode answers(ObjectNode screening) {
        return (ObjectNode) screening.get("answers");
    }

    public static ObjectNode nested(ObjectNode plan) {
        return (ObjectNode) plan.get("screening");
    }

    private static String withRaw(ObjectNode body, Consumer<ObjectNode> placeRaw, String literal) {
        placeRaw.accept(body);
        String text = write(body);
        if (!text.contains('"' + RAW + '"')) {
            throw new IllegalStateException("no raw placeholder in " + text);
        }
        return text.replace('"' + RAW + '"', literal);
    }

    // ---- examples ---------------------------------------------------------------------------

    public static List<JsonNode> examples(String file) {
        try (InputStream in = ApiRequests.class.getResourceAsStream("/examples/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource examples/" + file);
            }
            List<JsonNode> cases = new ArrayList<>();
            JSON.readTree(in).forEach(cases::add);
            if (cases.isEmpty()) {
                throw new IllegalStateException("examples/" + file + " holds no case");
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The examples of {@code file} as parameterized-test arguments, each named by its case. */
    public static Stream<Arguments> examplesByCase(String file) {
        return examples(file).stream()
                .map(example -> Arguments.argumentSet(example.path("case").asString(), example));
    }

    // ---- bad inputs -------------------------------------------------------------------------

    /** Whole-body mistakes: each answers 400 naming {@code body}. */
    public static List<BadInput> badBodies(ObjectNode valid) {
        Set<String> body = Set.of("body");
        String validBody = write(valid);
        String firstName = valid.propertyNames().iterator().next();
        String duplicateFirst = "{\"" + firstName + "\":" + write(valid.get(firstName)) + "," + validBody.substring(1);
        return List.of(
                new BadInput("empty body", "", body),
                new BadInput("whitespace only", "   \n ", body),
                new BadInput("malformed JSON", "{\"age\": 40, ", body),
                new BadInput("unquoted key", "{age: 40}", body),
                new BadInput("JSON array", "[" + validBody + "]", body),
                new BadInput("JSON string", "\"hello\"", body),
                new BadInput("JSON number", "42", body),
                new BadInput("JSON null", "null", body),
                new BadInput("duplicate key " + firstName, duplicateFirst, body),
                new BadInput("trailing garbage", validBody + " x", body),
                new BadInput("second object after the first", validBody + "{}", body),
                new BadInput("body over 64 KiB", "{\"age\": 40, \"padding\": \"" + "x".repeat(70_000) + "\"}", body),
                new BadInput(
                        "nesting deeper than the parser allows",
                        "{\"age\":" + "[".repeat(2000) + "]".repeat(2000) + "}",
                        body));
    }

    /** Screening mistakes with their field paths relative to the screening object. */
    private static List<Mistake> screeningMistakes() {
        List<Mistake> mistakes = new ArrayList<>(List.of(
                new Mistake("missing answer", s -> answers(s).remove("fever"), "answers.fever"),
                new Mistake("unknown answer", s -> answers(s).put("foo", false), "answers.foo"),
                new Mistake("answer as string \"true\"", s -> answers(s).put("fever", "true"), "answers.fever"),
                new Mistake("answer as 1", s -> answers(s).put("fever", 1), "answers.fever"),
                new Mistake("answer null", s -> answers(s).putNull("fever"), "answers.fever"),
                new Mistake("answers an array", s -> s.putArray("answers"), "answers"),
                new Mistake("answers a string", s -> s.put("answers", "none"), "answers"),
                new Mistake("answers missing", s -> s.remove("answers"), "answers"),
                new Mistake("age missing", s -> s.remove("age"), "age"),
                new Mistake("age null", s -> s.putNull("age"), "age")));
        mistakes.addAll(wrongValues("age", "0", "121", "40.5", "\"40\"", "1e3", "99999999999", "-2147483648"));
        mistakes.add(new Mistake("painLevel missing", s -> s.remove("painLevel"), "painLevel"));
        mistakes.addAll(wrongValues("painLevel", "-1", "11", "5.5"));
        mistakes.addAll(wrongValues("onsetHours", "-1", "\"3\""));
        mistakes.add(new Mistake("onsetHours 1e400 (not finite)", "onsetHours", "1e400"));
        mistakes.addAll(wrongValues("onsetHours", "true"));
        mistakes.addAll(List.of(
                new Mistake("unknown condition", s -> s.putArray("conditions").add("scoliosis"), "conditions"),
                new Mistake(
                        "condition in other case", s -> s.putArray("conditions").add("SPINAL_STENOSIS"), "conditions"),
                new Mistake("conditions not an array", s -> s.put("conditions", "spinal_stenosis"), "conditions"),
                new Mistake(
                        "conditions element not a string",
                        s -> s.putArray("conditions").add(1),
                        "conditions"),
                new Mistake(
                        "conditions element null", s -> s.putArray("conditions").addNull(), "conditions"),
                new Mistake("conditions missing", s -> s.remove("conditions"), "conditions"),
                new Mistake("unknown field", s -> s.put("name", "Ann"), "name")));
        return mistakes;
    }

    /** One mistake a literal: {@code field} set to it as raw JSON, named after both ("age 0"). */
    private static List<Mistake> wrongValues(String field, String... literals) {
        return Arrays.stream(literals)
                .map(literal -> new Mistake(field + " " + literal, field, literal))
                .toList();
    }

    /** Bad screening requests, each naming one field. */
    public static List<BadInput> badScreenings() {
        List<BadInput> cases = new ArrayList<>(badBodies(screening()));
        for (Mistake mistake : screeningMistakes()) {
            cases.add(new BadInput(mistake.name(), mistake.apply(screening(), ""), Set.of(mistake.field())));
        }
        return cases;
    }

    /** Bad plan requests: the screening mistakes under {@code screening.}, and the plan's own. */
    public static List<BadInput> badPlans() {
        List<BadInput> cases = new ArrayList<>(badBodies(plan()));
        for (Mistake mistake : screeningMistakes()) {
            cases.add(new BadInput(
                    "screening: " + mistake.name(),
                    mistake.apply(plan(), "screening"),
                    Set.of("screening." + mistake.field())));
        }
        List<Mistake> own = List.of(
                new Mistake("screening missing", p -> p.remove("screening"), "screening"),
                new Mistake("screening null", p -> p.putNull("screening"), "screening"),
                new Mistake("screening an array", p -> p.putArray("screening"), "screening"),
                new Mistake("positions empty", p -> p.putArray("positions"), "positions"),
                new Mistake("positions STANDING", p -> p.putArray("positions").add("STANDING"), "positions"),
                new Mistake(
                        "positions lower-case chair",
                        p -> p.putArray("positions").add("chair"),
                        "positions"),
                new Mistake("positions ANY", p -> p.putArray("positions").add("ANY"), "positions"),
                new Mistake(
                        "positions one good one bad",
                        p -> p.putArray("positions").add("CHAIR").add("SOFA"),
                        "positions"),
                new Mistake("positions not an array", p -> p.put("positions", "CHAIR"), "positions"),
                new Mistake("positions missing", p -> p.remove("positions"), "positions"),
                new Mistake("minutes 0", "minutes", "0"),
                new Mistake("minutes 61", "minutes", "61"),
                new Mistake("minutes 10.5", "minutes", "10.5"),
                new Mistake("minutes \"10\"", "minutes", "\"10\""),
                new Mistake("minutes missing", p -> p.remove("minutes"), "minutes"),
                new Mistake("goal unknown", p -> p.put("goal", "RELAX"), "goal"),
                new Mistake("goal lower case", p -> p.put("goal", "relieve_tension"), "goal"),
                new Mistake("goal missing", p -> p.remove("goal"), "goal"),
                new Mistake("goal a number", p -> p.put("goal", 1), "goal"),
                new Mistake("unknown top-level field", p -> p.put("name", "Ann"), "name"));
        for (Mistake mistake : own) {
            cases.add(new BadInput(mistake.name(), mistake.apply(plan(), ""), Set.of(mistake.field())));
        }
        return cases;
    }

    /**
     * One mistake: a change to a valid body (or a raw literal for a field)
     * and the field path it must be reported under.
     */
    private record Mistake(String name, Consumer<ObjectNode> change, String rawField, String literal, String field) {

        Mistake(String name, Consumer<ObjectNode> change, String field) {
            this(name, change, null, null, field);
        }

        Mistake(String name, String rawField, String literal) {
            this(name, null, rawField, literal, rawField);
        }

        /** The body text, with the change applied to the object at {@code under} ("" for the root). */
        String apply(ObjectNode root, String under) {
            ObjectNode target = under.isEmpty() ? root : (ObjectNode) root.get(under);
            if (change != null) {
                change.accept(target);
                return write(root);
            }
            return withRaw(root, unused -> target.put(rawField, RAW), literal);
        }
    }
}
