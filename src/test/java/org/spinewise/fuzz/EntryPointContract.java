package org.spinewise.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the screening contract promises for any body sent to
 * {@code POST /api/v1/screenings} or {@code POST /api/v1/plans}: a 200 whose
 * result keeps the invariants that are cheap to check, or a 400
 * {@code application/problem+json} whose {@code errors} name the offending
 * fields. Nothing else. Plain checks rather than AssertJ: they run thousands
 * of times a second while fuzzing.
 */
public final class EntryPointContract {

    /** Precedence order, highest first, as the contract lists it. */
    static final List<String> DISPOSITIONS = List.of("EMERGENCY", "URGENT", "SEE_PROFESSIONAL", "SELF_CARE");

    static final Set<String> SCREENING_FIELDS = Set.of("age", "painLevel", "conditions", "onsetHours", "answers");
    static final Set<String> PLAN_FIELDS = Set.of("screening", "positions", "minutes", "goal");

    /** Movement of each stretch and crack technique (the contract's library table). */
    private static final Map<String, String> MOVEMENTS = Map.of(
            "seated-trunk-rotation",
            "ROTATION",
            "yoga-spine-twist",
            "ROTATION",
            "knee-to-chest",
            "FLEXION",
            "pelvic-tilt",
            "NEUTRAL",
            "seated-chair-extension",
            "EXTENSION",
            "seated-floor-twist",
            "ROTATION",
            "lying-spinal-twist",
            "ROTATION");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EntryPointContract() {}

    /** An HTTP answer as the fuzz tests see it. */
    public record Response(int status, String contentType, String body) {}

    /**
     * Checks one screening answer.
     *
     * @param allowedFields the field paths a 400 may name, or null to accept any path the request could have caused
     */
    public static void checkScreening(byte[] request, Response response, Set<String> allowedFields) {
        new Check(request, response).screening(allowedFields);
    }

    /** Checks one plan answer; {@code allowedFields} as for {@link #checkScreening}. */
    public static void checkPlan(byte[] request, Response response, Set<String> allowedFields) {
        new Check(request, response).plan(allowedFields);
    }

    /** One request and its answer; every broken promise is collected, then reported at once. */
    private static final class Check {

        private final byte[] request;
        private final Response response;
        private final List<String> broken = new ArrayList<>();

        Check(byte[] request, Response response) {
            this.request = request;
            this.response = response;
        }

        void screening(Set<String> allowedFields) {
            if (response.status() == 200) {
                screeningResult(json(response.body()), json(request));
            } else {
                problem(allowedFields, SCREENING_FIELDS);
            }
            report();
        }

        void plan(Set<String> allowedFields) {
            if (response.status() == 200) {
                planResult(json(response.body()), json(request));
            } else {
                problem(allowedFields, PLAN_FIELDS);
            }
            report();
        }

        // ---- 400 ---------------------------------------------------------------------------

        private void problem(Set<String> allowedFields, Set<String> contractFields) {
            if (response.status() != 400) {
                broken.add("status " + response.status() + ", expected 200 or 400");
                return;
            }
            if (!isProblemJson(response.contentType())) {
                broken.add("Content-Type " + response.contentType() + ", expected application/problem+json");
            }
            JsonNode problem = json(response.body());
            if (problem.path("status").asInt() != 400 || blank(problem.path("title"))) {
                broken.add("problem without status 400 and a title");
            }
            JsonNode errors = problem.path("errors");
            if (!errors.isArray() || errors.isEmpty()) {
                broken.add("400 without an errors list naming a field");
                return;
            }
            Set<String> known = allowedFields != null ? allowedFields : namesTheRequestCouldCause(contractFields);
            for (JsonNode error : errors) {
                // A field may be "" or blank: that is the path of an unknown key "" the client sent.
                String field = text(error.path("field"));
                if (field == null || blank(error.path("message"))) {
                    broken.add("error without a field and a message: " + error);
                } else if (!coveredBy(field, known)) {
                    broken.add(
                            "error names " + field + ", which the request does not explain (allowed: " + known + ")");
                }
            }
        }

        /**
         * Without a record of what was changed, a field is explained by the
         * body itself, a field of the contract (maybe missing) or a field the
         * client sent (maybe unknown).
         */
        private Set<String> namesTheRequestCouldCause(Set<String> contractFields) {
            Set<String> names = new HashSet<>(contractFields);
            names.add("body");
            JsonNode sent = lenientJson(request);
            if (sent != null && sent.isObject()) {
                names.addAll(sent.propertyNames());
            }
            return names;
        }

        // ---- 200 ---------------------------------------------------------------------------

        private void screeningResult(JsonNode result, JsonNode screening) {
            if (!result.isObject() || !isJson(response.contentType())) {
                broken.add("200 without a JSON object");
                return;
            }
            String disposition = text(result.path("disposition"));
            if (!DISPOSITIONS.contains(disposition)) {
                broken.add("disposition " + disposition + " is not one of " + DISPOSITIONS);
                return;
            }
            String highestFired = "SELF_CARE";
            for (JsonNode rule : result.path("firedRules")) {
                String ruleDisposition = text(rule.path("disposition"));
                if (blank(rule.path("id")) || (ruleDisposition != null && !DISPOSITIONS.contains(ruleDisposition))) {
                    broken.add("fired rule without an id or with an unknown disposition: " + rule);
                } else if (ruleDisposition != null && rank(ruleDisposition) < rank(highestFired)) {
                    highestFired = ruleDisposition;
                }
            }
            if (!disposition.equals(highestFired)) {
                broken.add("disposition " + disposition + " but the highest fired rule says " + highestFired);
            }
            JsonNode restrictions = result.path("restrictions");
            boolean selfGuided = restrictions.path("selfGuidedExercise").asBoolean(false);
            if (selfGuided && rank(disposition) <= rank("URGENT")) {
                broken.add("self-guided exercise allowed at " + disposition);
            }
            if (selfGuided == result.path("therapy").isNull()) {
                broken.add("therapy must be null exactly when self-guided exercise is not allowed");
            }
            if (restrictions.path("crackingAllowed").asBoolean(false)
                    && !crackingMayBeAllowed(disposition, screening)) {
                broken.add("cracking allowed for " + screening);
            }
        }

        private static boolean crackingMayBeAllowed(String disposition, JsonNode screening) {
            return "SELF_CARE".equals(disposition)
                    && screening.path("painLevel").asInt(99) <= 3
                    && screening.path("conditions").isEmpty()
                    && !screening.path("answers").path("pregnant").asBoolean(false);
        }

        private void planResult(JsonNode plan, JsonNode request) {
            screeningResult(plan.path("screening"), request.path("screening"));
            if (!broken.isEmpty()) {
                return;
            }
            JsonNode restrictions = plan.path("screening").path("restrictions");
            Set<String> safetyExcluded = new HashSet<>();
            plan.path("excluded").forEach(exclusion -> {
                if (!exclusion.path("rules").isEmpty()) {
                    safetyExcluded.add(text(exclusion.path("exerciseId")));
                }
            });
            List<JsonNode> items = new ArrayList<>();
            plan.path("items").forEach(items::add);
            if (!restrictions.path("selfGuidedExercise").asBoolean(false) && !items.isEmpty()) {
                broken.add("items although self-guided exercise is not allowed");
            }
            int sum = 0;
            for (int i = 0; i < items.size(); i++) {
                item(items.get(i), i == items.size() - 1, request, restrictions, safetyExcluded);
                sum += items.get(i).path("seconds").asInt();
            }
            if (plan.path("totalSeconds").asInt(-1) != sum
                    || sum > request.path("minutes").asInt() * 60) {
                broken.add("totalSeconds " + plan.path("totalSeconds") + " is not the items' sum " + sum
                        + " within the minutes asked");
            }
        }

        private void item(
                JsonNode item, boolean last, JsonNode request, JsonNode restrictions, Set<String> safetyExcluded) {
            String id = text(item.path("exerciseId"));
            String position = text(item.path("position"));
            String category = text(item.path("category"));
            if (safetyExcluded.contains(id)) {
                broken.add(id + " is planned although it is excluded for safety");
            }
            if (!textSet(request.path("positions")).contains(position)
                    || textSet(restrictions.path("avoidPositions")).contains(position)
                    || textSet(restrictions.path("avoidMovements")).contains(MOVEMENTS.get(id))) {
                broken.add(id + " in a position or movement the request or restrictions rule out");
            }
            if ("DESK_BREAK".equals(text(request.path("goal"))) && !"CHAIR".equals(position)) {
                broken.add(id + " off the chair in a desk break");
            }
            if ("CRACK".equals(category)
                    && !(last
                            && "CRACK_SAFELY".equals(text(request.path("goal")))
                            && restrictions.path("crackingAllowed").asBoolean(false))) {
                broken.add("crack technique " + id + " where cracking is not asked for, allowed, or last");
            } else if (!"CRACK".equals(category) && !"STRETCH".equals(category)) {
                broken.add(id + " has category " + category);
            }
        }

        // ---- helpers -----------------------------------------------------------------------

        private void report() {
            if (!broken.isEmpty()) {
                throw new AssertionError("The contract is broken: " + broken + "\n" + describe(request) + "\nanswer "
                        + response.status() + " " + response.contentType() + ": " + response.body());
            }
        }

        private JsonNode json(String text) {
            try {
                return JSON.readTree(text);
            } catch (JacksonException e) {
                broken.add("answer is not JSON: " + e.getOriginalMessage());
                return JSON.missingNode();
            }
        }

        private JsonNode json(byte[] bytes) {
            JsonNode node = lenientJson(bytes);
            return node == null ? JSON.missingNode() : node;
        }

        private static JsonNode lenientJson(byte[] bytes) {
            try {
                return JSON.readTree(bytes);
            } catch (JacksonException e) {
                return null;
            }
        }
    }

    /**
     * The request as text and, since fuzzed bytes need not be UTF-8, exactly in
     * Base64: decoded into a file, it becomes a regression input.
     */
    static String describe(byte[] request) {
        return "request: " + new String(request, StandardCharsets.UTF_8) + "\nrequest (Base64): "
                + Base64.getEncoder().encodeToString(request);
    }

    /** {@code field} is one of {@code known} or lies inside one of them (answers.fever inside answers). */
    static boolean coveredBy(String field, Set<String> known) {
        if (known.contains(field)) {
            return true;
        }
        for (int dot = field.indexOf('.'); dot > 0; dot = field.indexOf('.', dot + 1)) {
            if (known.contains(field.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    private static int rank(String disposition) {
        return DISPOSITIONS.indexOf(disposition);
    }

    private static boolean isProblemJson(String contentType) {
        return contentType != null
                && MediaType.parseMediaType(contentType).equalsTypeAndSubtype(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static boolean isJson(String contentType) {
        return contentType != null
                && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON);
    }

    private static boolean blank(JsonNode node) {
        return !node.isString() || node.stringValue().isBlank();
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.stringValue() : null;
    }

    private static Set<String> textSet(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }
}
