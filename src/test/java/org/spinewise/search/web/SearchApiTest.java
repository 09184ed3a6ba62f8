package org.spinewise.search.web;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spinewise.ApiTest;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SearchApiTest extends ApiTest {

    private static final String PATH = "/api/v1/search";

    /** GET /api/v1/search with the given parameters (name, value, ...), each value sent as is. */
    private Answer search(String... parameters) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(PATH);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return perform(request);
    }

    @Test
    void answersHitsBestFirstWithKindIdTitleSummaryAndScore() {
        JsonNode items = assertOkJson(search("q", "is it bad to crack my back")).path("items");

        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isBetween(2, SearchController.DEFAULT_LIMIT);
        JsonNode first = items.get(0);
        assertThat(first.path("kind").asString()).isEqualTo("EDUCATION");
        assertThat(first.path("id").asString()).isEqualTo("risks-of-forceful-cracking");
        assertThat(str(first.path("title"))).isEqualTo("Is cracking my back dangerous?");
        assertThat(str(first.path("summary"))).isNotBlank();
        assertThat(first.path("score").isNumber()).as("score of %s", first).isTrue();
        assertThat(first.path("score").asDouble()).isPositive();
        assertThat(first.properties())
                .extracting(entry -> entry.getKey())
                .containsExactlyInAnyOrder("kind", "id", "title", "summary", "score");
        for (int i = 1; i < items.size(); i++) {
            assertThat(items.get(i).path("score").asDouble())
                    .isLessThanOrEqualTo(items.get(i - 1).path("score").asDouble());
        }
    }

    @Test
    void findsExercisesToo() {
        JsonNode first =
                assertOkJson(search("q", "knee to chest", "limit", "1")).path("items");

        assertThat(first.size()).isEqualTo(1);
        assertThat(first.get(0).path("kind").asString()).isEqualTo("EXERCISE");
        assertThat(first.get(0).path("id").asString()).isEqualTo("knee-to-chest");
    }

    @Test
    void keepsToTheLimit() {
        assertThat(assertOkJson(search("q", "back", "limit", "2")).path("items").size())
                .isEqualTo(2);
        assertThat(assertOkJson(search("q", "back", "limit", "50"))
                        .path("items")
                        .size())
                .isGreaterThan(2);
    }

    @Test
    void answersAnEmptyListWithoutAQuery() {
        assertThat(assertOkJson(get(PATH)).path("items").size()).isZero();
        assertThat(assertOkJson(search("limit", "5")).path("items").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "the and of", "*:*", "(((", "\"zzyzx", "AND OR NOT", "\uD83D\uDE31"})
    void answersAnEmptyListWhenThereIsNothingToLookFor(String q) {
        JsonNode answer = assertOkJson(search("q", q));

        assertThat(answer.path("items").isArray()).as("items of %s", answer).isTrue();
        assertThat(answer.path("items").size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "51", "-1", "ten", "1.5", "", "99999999999999999999", "2e1"})
    void refusesALimitThatIsNotAWholeNumberFromOneToFifty(String limit) {
        assertBadRequest(search("q", "pop", "limit", limit), Set.of("limit"));
    }

    @Test
    void refusesABadLimitEvenWithoutAQuery() {
        assertBadRequest(search("limit", "0"), Set.of("limit"));
    }
}
