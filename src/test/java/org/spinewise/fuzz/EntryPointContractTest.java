package org.spinewise.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.spinewise.fuzz.EntryPointContract.Response;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fuzz tests' oracle rejects what the contract forbids, so a quiet fuzzing run means something. */
class EntryPointContractTest {

    private static final String PROBLEM = "application/problem+json";
    private static final byte[] REQUEST = "{\"age\": 0, \"answers\": {}}".getBytes(StandardCharsets.UTF_8);

    @Test
    void acceptsA400NamingFieldsTheRequestExplains() {
        Response answer = problem("[{\"field\": \"age\", \"message\": \"must be from 1 to 120\"},"
                + "{\"field\": \"answers.fever\", \"message\": \"is required\"},"
                + "{\"field\": \"painLevel\", \"message\": \"is required\"}]");

        assertThatCode(() -> EntryPointContract.checkScreening(REQUEST, answer, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> EntryPointContract.checkScreening(REQUEST, answer, Set.of("age", "answers", "painLevel")))
                .doesNotThrowAnyException();
    }

    @Test
    void rejectsA400NamingAFieldNobodyChanged() {
        Response answer = problem("[{\"field\": \"age\", \"message\": \"must be from 1 to 120\"}]");

        assertThatThrownBy(() -> EntryPointContract.checkScreening(REQUEST, answer, Set.of("painLevel")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("error names age");
    }

    @Test
    void rejectsA400NamingAFieldNeitherSentNorInTheContract() {
        Response answer = problem("[{\"field\": \"patient\", \"message\": \"is wrong\"}]");

        assertThatThrownBy(() -> EntryPointContract.checkScreening(REQUEST, answer, null))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("error names patient");
    }

    @Test
    void rejectsA400WithoutErrorsOrInAnotherMediaType() {
        assertThatThrownBy(() -> EntryPointContract.checkScreening(REQUEST, problem("[]"), null))
                .hasMessageContaining("without an errors list");
        Response plainJson = new Response(
                400,
                "application/json",
                "{\"status\": 400, \"title\": \"Invalid request\", \"errors\": [{\"field\": \"age\", \"message\": \"x\"}]}");
        assertThatThrownBy(() -> EntryPointContract.checkScreening(REQUEST, plainJson, null))
                .hasMessageContaining("expected application/problem+json");
    }

    @Test
    void rejectsEveryOtherStatus() {
        for (int status : new int[] {201, 404, 415, 500, 503}) {
            Response answer = new Response(status, PROBLEM, "{\"status\": " + status + ", \"title\": \"x\"}");
            assertThatThrownBy(() -> EntryPointContract.checkPlan(REQUEST, answer, null))
                    .hasMessageContaining("status " + status);
        }
    }

    @Test
    void rejectsA200WhoseDispositionIsNotTheHighestFiredRule() {
        byte[] request = "{\"painLevel\": 2, \"conditions\": [], \"answers\": {}}".getBytes(StandardCharsets.UTF_8);
        Response answer = new Response(
                200,
                "application/json",
                "{\"disposition\": \"SELF_CARE\","
                        + "\"firedRules\": [{\"id\": \"R-VASCULAR\", \"disposition\": \"EMERGENCY\"}],"
                        + "\"restrictions\": {\"crackingAllowed\": false, \"selfGuidedExercise\": false}, \"therapy\": null}");

        assertThatThrownBy(() -> EntryPointContract.checkScreening(request, answer, Set.of()))
                .hasMessageContaining("highest fired rule says EMERGENCY");
    }

    @Test
    void rejectsAPlannedItemThatIsExcludedForSafety() {
        byte[] request = ("{\"screening\": {\"painLevel\": 2, \"conditions\": [], \"answers\": {}},"
                        + "\"positions\": [\"LYING\"], \"minutes\": 10, \"goal\": \"RELIEVE_TENSION\"}")
                .getBytes(StandardCharsets.UTF_8);
        Response answer = new Response(
                200,
                "application/json",
                "{\"screening\": {\"disposition\": \"SELF_CARE\","
                        + "\"firedRules\": [], \"restrictions\": {\"crackingAllowed\": false, \"selfGuidedExercise\": true,"
                        + "\"avoidMovements\": [], \"avoidPositions\": []}, \"therapy\": {\"recommended\": \"HEAT\"}},"
                        + "\"items\": [{\"exerciseId\": \"knee-to-chest\", \"category\": \"STRETCH\", \"position\": \"LYING\","
                        + "\"seconds\": 100}], \"totalSeconds\": 100,"
                        + "\"excluded\": [{\"exerciseId\": \"knee-to-chest\", \"rules\": [\"R-CONDITION-OSTEOPOROSIS\"]}]}");

        assertThatThrownBy(() -> EntryPointContract.checkPlan(request, answer, Set.of()))
                .hasMessageContaining("knee-to-chest is planned although it is excluded for safety");
    }

    private static Response problem(String errors) {
        return new Response(
                400, PROBLEM, "{\"status\": 400, \"title\": \"Invalid request\", \"errors\": " + errors + "}");
    }
}
