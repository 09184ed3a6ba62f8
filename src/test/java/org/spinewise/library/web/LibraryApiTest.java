package org.spinewise.library.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiRequests;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class LibraryApiTest extends ApiTest {

    /** The contract's library table: id -> category, position, movement. */
    private static final Map<String, List<String>> LIBRARY = new LinkedHashMap<>();

    /** The contract's dose table: id -> sides, reps, sets (-1: by pain), holdSeconds, restSeconds. */
    private static final Map<String, List<Integer>> DOSES = new LinkedHashMap<>();

    static {
        LIBRARY.put("seated-trunk-rotation", List.of("STRETCH", "CHAIR", "ROTATION"));
        LIBRARY.put("yoga-spine-twist", List.of("STRETCH", "LYING", "ROTATION"));
        LIBRARY.put("knee-to-chest", List.of("STRETCH", "LYING", "FLEXION"));
        LIBRARY.put("pelvic-tilt", List.of("STRETCH", "LYING", "NEUTRAL"));
        LIBRARY.put("seated-chair-extension", List.of("CRACK", "CHAIR", "EXTENSION"));
        LIBRARY.put("seated-floor-twist", List.of("CRACK", "FLOOR", "ROTATION"));
        LIBRARY.put("lying-spinal-twist", List.of("CRACK", "LYING", "ROTATION"));
        LIBRARY.put("heat-therapy", List.of("THERAPY", "ANY", "NEUTRAL"));
        LIBRARY.put("cold-therapy", List.of("THERAPY", "ANY", "NEUTRAL"));

        DOSES.put("seated-trunk-rotation", List.of(2, 1, 2, 15, 5));
        DOSES.put("yoga-spine-twist", List.of(2, 1, 1, 20, 5));
        DOSES.put("knee-to-chest", List.of(2, 5, 1, 5, 5));
        DOSES.put("pelvic-tilt", List.of(1, 1, -1, 5, 5));
        DOSES.put("seated-chair-extension", List.of(1, 1, 1, 5, 5));
        DOSES.put("seated-floor-twist", List.of(2, 1, 1, 5, 5));
        DOSES.put("lying-spinal-twist", List.of(2, 1, 1, 5, 5));
    }

    static List<String> exerciseIds() {
        return List.copyOf(LIBRARY.keySet());
    }

    @Test
    void listsTheQuestionnaireOfTheContract() {
        JsonNode questions = assertOkJson(get("/api/v1/screening/questions"));

        List<String> ids = new ArrayList<>();
        for (JsonNode question : questions.path("items")) {
            String id = question.path("id").asString();
            ids.add(id);
            assertThat(str(question.path("text"))).as("text of %s", id).isNotBlank();
            assertThat(str(question.path("group"))).as("group of %s", id).isNotBlank();
        }
        assertThat(ids).containsExactlyInAnyOrderElementsOf(ApiRequests.QUESTION_IDS);
    }

    @Test
    void listsTheNineExercisesOfTheContract() {
        JsonNode exercises = assertOkJson(get("/api/v1/exercises"));

        Map<String, List<String>> served = new LinkedHashMap<>();
        for (JsonNode exercise : exercises.path("items")) {
            String id = exercise.path("id").asString();
            assertThat(served).as("%s listed once", id).doesNotContainKey(id);
            served.put(
                    id,
                    List.of(
                            exercise.path("category").asString(),
                            exercise.path("position").asString(),
                            exercise.path("movement").asString()));
        }
        assertThat(served).isEqualTo(LIBRARY);
    }

    @ParameterizedTest
    @MethodSource("exerciseIds")
    void servesEachExerciseWithItsContractTraitsDoseAndSource(String id) {
        JsonNode exercise = assertOkJson(get("/api/v1/exercises/" + id));

        assertThat(exercise.path("id").asString()).isEqualTo(id);
        assertThat(List.of(
                        exercise.path("category").asString(),
                        exercise.path("position").asString(),
                        exercise.path("movement").asString()))
                .isEqualTo(LIBRARY.get(id));
        assertThat(str(exercise.path("name"))).isNotBlank();
        assertThat(str(exercise.path("source").path("section")))
                .as("source section")
                .isNotBlank();
        assertThat(str(exercise.path("source").path("heading")))
                .as("source heading")
                .isNotBlank();
        List<Integer> dose = DOSES.get(id);
        if (dose == null) {
            assertThat(exercise.path("dose").isNull())
                    .as("a therapy has no dose")
                    .isTrue();
            return;
        }
        JsonNode served = exercise.path("dose");
        assertThat(served.path("sides").asInt(-9)).as("sides").isEqualTo(dose.get(0));
        assertThat(served.path("reps").asInt(-9)).as("reps").isEqualTo(dose.get(1));
        if (dose.get(2) >= 0) {
            assertThat(served.path("sets").asInt(-9)).as("sets").isEqualTo(dose.get(2));
        }
        assertThat(served.path("holdSeconds").asInt(-9)).as("holdSeconds").isEqualTo(dose.get(3));
        assertThat(served.path("restSeconds").asInt(-9)).as("restSeconds").isEqualTo(dose.get(4));
    }

    @Test
    void servesThePelvicTiltSetsByPainAndTheArticlesRange() {
        JsonNode dose = assertOkJson(get("/api/v1/exercises/pelvic-tilt")).path("dose");

        List<Integer> setsByPain = new ArrayList<>();
        dose.path("setsByPain").forEach(sets -> setsByPain.add(sets.asInt()));
        assertThat(setsByPain).containsExactly(10, 9, 9, 8, 7, 7, 6, 5, 4, 4, 3);
        assertThat(dose.path("setRange").path("min").asInt(-1)).isEqualTo(3);
        assertThat(dose.path("setRange").path("max").asInt(-1)).isEqualTo(10);
    }

    @Test
    void servesEveryListedEducationPage() {
        JsonNode list = assertOkJson(get("/api/v1/education"));

        assertThat(list.path("items").isArray()).isTrue();
        assertThat(list.path("items").size()).as("education pages").isPositive();
        List<String> ids = new ArrayList<>();
        for (JsonNode summary : list.path("items")) {
            String id = str(summary.path("id"));
            assertThat(id).isNotBlank();
            assertThat(str(summary.path("title"))).as("title of %s", id).isNotBlank();
            ids.add(id);
        }
        assertThat(ids).doesNotHaveDuplicates();
        for (String id : ids) {
            JsonNode page = assertOkJson(get("/api/v1/education/" + id));
            assertThat(page.path("id").asString()).isEqualTo(id);
            assertThat(str(page.path("title"))).as("title of %s", id).isNotBlank();
            assertThat(page.path("sections").isArray()).as("sections of %s", id).isTrue();
            assertThat(page.path("sections").size()).as("sections of %s", id).isPositive();
            for (JsonNode section : page.path("sections")) {
                assertThat(str(section.path("heading")))
                        .as("a section heading of %s", id)
                        .isNotBlank();
            }
        }
    }

    /** Clients reading source.section and source.heading keep working; guideline is an added field. */
    @Test
    void aPageCitingAGuidelineServesItBesideTheArticleFields() {
        JsonNode guideline = assertOkJson(get("/api/v1/education/painkillers")).path("source");
        JsonNode article = assertOkJson(get("/api/v1/education/why-backs-pop")).path("source");

        assertThat(str(guideline.path("guideline"))).startsWith("NICE NG59");
        assertThat(guideline.has("section") && guideline.path("section").isNull())
                .as("section: null")
                .isTrue();
        assertThat(str(article.path("section"))).isEqualTo("why-pop");
        assertThat(str(article.path("heading"))).isEqualTo("Why Does My Lower Back Feel Like It Needs to Pop?");
        assertThat(article.path("guideline").isNull()).isTrue();
    }

    @Test
    void answersUnknownExerciseWith404Problem() {
        assertProblem(get("/api/v1/exercises/nope"), 404);
    }

    @Test
    void answersUnknownEducationPageWith404Problem() {
        assertProblem(get("/api/v1/education/nope"), 404);
    }
}
