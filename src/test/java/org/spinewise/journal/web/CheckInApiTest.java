package org.spinewise.journal.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiRequests;
import org.spinewise.ApiRequests.BadInput;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** The daily check-in as account-api.md has it. */
class CheckInApiTest extends JournalApiTest {

    private static final String DAY =
            LocalDate.now(ZoneId.of("UTC")).minusDays(3).toString();

    private static ObjectNode valid() {
        ObjectNode body = JSON.createObjectNode();
        body.put("pain", 3);
        body.put("stiffness", 4);
        body.put("sittingHours", 7.5);
        body.put("note", "Long day at the desk.");
        return body;
    }

    private Answer store(ApiPerson person, String day, String body) {
        return person.putJson("/api/v1/checkins/" + day, body);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private JsonNode items(ApiPerson person, String query) {
        return assertOkJson(person.get("/api/v1/checkins" + query)).path("items");
    }

    // ---- the happy path -------------------------------------------------------------------

    @Test
    void storesReplacesReadsListsAndDeletesACheckIn() {
        Answer created = store(ann, DAY, ApiRequests.write(valid()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode stored = created.json();
        assertThat(Set.copyOf(stored.propertyNames()))
                .containsExactlyInAnyOrder("day", "pain", "stiffness", "sittingHours", "note");
        assertThat(str(stored.path("day"))).isEqualTo(DAY);
        assertThat(stored.path("pain").intValue()).isEqualTo(3);
        assertThat(stored.path("stiffness").intValue()).isEqualTo(4);
        assertThat(stored.path("sittingHours").doubleValue()).isEqualTo(7.5);
        assertThat(str(stored.path("note"))).isEqualTo("Long day at the desk.");
        assertThat(assertOkJson(ann.get("/api/v1/checkins/" + DAY))).isEqualTo(stored);

        ObjectNode replacement = valid();
        replacement.put("pain", 0).put("sittingHours", 10).remove("note");
        Answer replaced = store(ann, DAY, ApiRequests.write(replacement));
        JsonNode again = assertOkJson(replaced);
        assertThat(again.path("pain").intValue()).isZero();
        assertThat(again.path("sittingHours").doubleValue()).isEqualTo(10.0);
        assertThat(again.path("note").isNull()).as("no note: %s", again).isTrue();
        assertThat(assertOkJson(ann.get("/api/v1/checkins/" + DAY))).isEqualTo(again);
        assertThat(items(ann, "")).containsExactly(again);

        Answer deleted = ann.delete("/api/v1/checkins/" + DAY);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertProblem(ann.get("/api/v1/checkins/" + DAY), 404);
        assertProblem(ann.delete("/api/v1/checkins/" + DAY), 404);
        assertThat(items(ann, "")).isEmpty();
    }

    @Test
    void listsInDayOrderWithinInclusiveDays() {
        LocalDate first = LocalDate.parse(DAY).minusDays(10);
        for (int offset : new int[] {4, 0, 2, 1, 3}) {
            ObjectNode body = valid();
            body.put("pain", offset);
            assertThat(store(ann, first.plusDays(offset).toString(), ApiRequests.write(body))
                            .status())
                    .isEqualTo(201);
        }

        assertThat(pains(items(ann, ""))).containsExactly(0, 1, 2, 3, 4);
        assertThat(pains(items(ann, "?from=" + first.plusDays(1) + "&to=" + first.plusDays(3))))
                .containsExactly(1, 2, 3);
        assertThat(pains(items(ann, "?from=" + first.plusDays(3)))).containsExactly(3, 4);
        assertThat(pains(items(ann, "?to=" + first))).containsExactly(0);
        assertThat(pains(items(ann, "?from=" + first.plusDays(2) + "&to=" + first.plusDays(2))))
                .containsExactly(2);
        assertThat(pains(items(ann, "?from=" + first.plusDays(5)))).isEmpty();
        assertThat(items(ann, "?from=" + first).get(0).path("day").asString()).isEqualTo(first.toString());
    }

    private static List<Integer> pains(JsonNode items) {
        List<Integer> pains = new ArrayList<>();
        items.forEach(item -> pains.add(item.path("pain").intValue()));
        return pains;
    }

    @Test
    void keepsANoteOfTwoThousandCharactersCountingEachEmojiOnce() {
        ObjectNode body = valid();
        body.put("note", "\uD83D\uDE00".repeat(2000));
        Answer answer = store(ann, DAY, ApiRequests.write(body));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(str(answer.json().path("note"))).isEqualTo("\uD83D\uDE00".repeat(2000));
        body.put("note", "");
        assertThat(str(assertOkJson(store(ann, DAY, ApiRequests.write(body))).path("note")))
                .isEmpty();
    }

    @Test
    void theBoundsAreAllowed() {
        ObjectNode low =
                JSON.createObjectNode().put("pain", 0).put("stiffness", 0).put("sittingHours", 0);
        ObjectNode high = JSON.createObjectNode()
                .put("pain", 10)
                .put("stiffness", 10)
                .put("sittingHours", 24)
                .put("note", "x".repeat(2000));
        String yesterday = LocalDate.parse(DAY).minusDays(1).toString();

        assertThat(store(ann, DAY, ApiRequests.write(low)).status()).isEqualTo(201);
        assertThat(store(ann, yesterday, ApiRequests.write(high)).status()).isEqualTo(201);
        assertThat(items(ann, "")).hasSize(2);
    }

    // ---- time zones ---------------------------------------------------------------------------

    @Test
    void todayIsThePersonsTodayInTheirTimeZone() {
        ApiPerson bob = ApiPerson.signUp(mvc, "Pacific/Auckland");
        LocalDate aucklandToday = LocalDate.now(ZoneId.of("Pacific/Auckland"));
        LocalDate utcToday = LocalDate.now(ZoneId.of("UTC"));
        String body = ApiRequests.write(valid());

        assertThat(store(bob, aucklandToday.toString(), body).status()).isEqualTo(201);
        assertBadRequest(store(bob, aucklandToday.plusDays(1).toString(), body), Set.of("day"));
        assertThat(store(ann, utcToday.toString(), body).status()).isEqualTo(201);
        assertBadRequest(store(ann, utcToday.plusDays(1).toString(), body), Set.of("day"));
        if (aucklandToday.isAfter(utcToday)) {
            // From 11:00 or 12:00 UTC, Auckland is already on the next day.
            assertBadRequest(store(ann, aucklandToday.toString(), body), Set.of("day"));
        }
        assertThat(items(bob, ""))
                .extracting(item -> item.path("day").asString())
                .containsExactly(aucklandToday.toString());
        assertThat(items(ann, ""))
                .extracting(item -> item.path("day").asString())
                .containsExactly(utcToday.toString());
    }

    // ---- bad input --------------------------------------------------------------------------

    static Stream<BadInput> badCheckIns() {
        List<BadInput> cases = new ArrayList<>(ApiRequests.badBodies(valid()));
        cases.add(bad("pain missing", b -> b.remove("pain"), "pain"));
        cases.add(bad("pain null", b -> b.putNull("pain"), "pain"));
        cases.add(bad("pain -1", b -> b.put("pain", -1), "pain"));
        cases.add(bad("pain 11", b -> b.put("pain", 11), "pain"));
        cases.add(bad("pain 5.5", b -> b.put("pain", 5.5), "pain"));
        cases.add(bad("pain 5.0", b -> b.put("pain", 5.0), "pain"));
        cases.add(bad("pain \"5\"", b -> b.put("pain", "5"), "pain"));
        cases.add(bad("pain true", b -> b.put("pain", true), "pain"));
        cases.add(bad("pain 99999999999", b -> b.put("pain", 99999999999L), "pain"));
        cases.add(bad("stiffness missing", b -> b.remove("stiffness"), "stiffness"));
        cases.add(bad("stiffness -1", b -> b.put("stiffness", -1), "stiffness"));
        cases.add(bad("stiffness 11", b -> b.put("stiffness", 11), "stiffness"));
        cases.add(bad("stiffness 2.5", b -> b.put("stiffness", 2.5), "stiffness"));
        cases.add(bad("stiffness an array", b -> b.putArray("stiffness").add(1), "stiffness"));
        cases.add(bad("sittingHours missing", b -> b.remove("sittingHours"), "sittingHours"));
        cases.add(bad("sittingHours null", b -> b.putNull("sittingHours"), "sittingHours"));
        cases.add(bad("sittingHours -0.5", b -> b.put("sittingHours", -0.5), "sittingHours"));
        cases.add(bad("sittingHours 24.01", b -> b.put("sittingHours", 24.01), "sittingHours"));
        cases.add(bad("sittingHours 25", b -> b.put("sittingHours", 25), "sittingHours"));
        cases.add(bad("sittingHours \"7\"", b -> b.put("sittingHours", "7"), "sittingHours"));
        cases.add(bad("sittingHours false", b -> b.put("sittingHours", false), "sittingHours"));
        cases.add(new BadInput(
                "sittingHours 1e400 (not finite)",
                ApiRequests.write(valid()).replace("7.5", "1e400"),
                Set.of("sittingHours")));
        cases.add(bad("note 2001 characters", b -> b.put("note", "x".repeat(2001)), "note"));
        cases.add(bad("note 2001 emoji", b -> b.put("note", "\uD83D\uDE00".repeat(2001)), "note"));
        cases.add(bad("note a number", b -> b.put("note", 5), "note"));
        cases.add(bad("note an object", b -> b.putObject("note"), "note"));
        cases.add(bad("unknown field", b -> b.put("mood", "fine"), "mood"));
        cases.add(bad("day in the body", b -> b.put("date", "2026-11-20"), "date"));
        cases.add(bad(
                "three mistakes",
                b -> b.put("pain", 11).put("stiffness", -1).remove("sittingHours"),
                "pain",
                "stiffness",
                "sittingHours"));
        return cases.stream();
    }

    private static BadInput bad(String name, java.util.function.Consumer<ObjectNode> change, String... fields) {
        return BadInput.changed(valid(), name, change, fields);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCheckIns")
    void aBadBodyNamesItsFieldsAndStoresNothing(BadInput input) {
        assertBadRequest(store(ann, DAY, input.body()), input.fields());

        assertProblem(ann.get("/api/v1/checkins/" + DAY), 404);
        assertThat(items(ann, "")).isEmpty();
    }

    static Stream<String> badDays() {
        return Stream.of(
                "2026-13-01",
                "2026-02-30",
                "2026-2-1",
                "20261125",
                "yesterday",
                "2026-11-25T00:00",
                "+12026-11-25",
                "1899-12-31",
                "0000-01-01",
                LocalDate.now(ZoneId.of("UTC")).plusDays(2).toString(),
                "9999-12-31",
                "2026-11-250");
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("badDays")
    void aBadDayIsNamedAndNothingIsStored(String day) {
        assertBadRequest(store(ann, day, ApiRequests.write(valid())), Set.of("day"));

        assertThat(items(ann, "")).isEmpty();
    }

    @Test
    void aBadDayAndABadBodyAreNamedTogether() {
        ObjectNode body = valid();
        body.put("pain", 12);
        assertBadRequest(store(ann, "soon", ApiRequests.write(body)), Set.of("day", "pain"));
        assertBadRequest(store(ann, "soon", "{"), Set.of("day", "body"));
    }

    @Test
    void aMalformedDayInAReadOrDeleteIsNamed() {
        assertBadRequest(ann.get("/api/v1/checkins/2026-99-01"), Set.of("day"));
        assertBadRequest(ann.delete("/api/v1/checkins/today"), Set.of("day"));
    }

    @Test
    void malformedListBoundsAreNamed() {
        assertMalformedListBoundsAreNamed("/api/v1/checkins");
    }

    // ---- who may ---------------------------------------------------------------------------

    @Test
    void anonymousRequestsAnswer401() {
        ApiPerson anonymous = ApiPerson.anonymous(mvc);
        for (MockHttpServletRequestBuilder request : List.of(
                MockMvcRequestBuilders.get("/api/v1/checkins"),
                MockMvcRequestBuilders.get("/api/v1/checkins/" + DAY),
                json(put("/api/v1/checkins/" + DAY), ApiRequests.write(valid())),
                delete("/api/v1/checkins/" + DAY))) {
            assertProblem(anonymous.performWithCsrf(request), 401);
        }
    }

    @Test
    void changesWithoutTheCsrfTokenAnswer403AndStoreNothing() {
        assertThat(store(ann, DAY, ApiRequests.write(valid())).status()).isEqualTo(201);
        ObjectNode other = valid();
        other.put("pain", 9);

        assertProblem(ann.perform(json(put("/api/v1/checkins/" + DAY), ApiRequests.write(other))), 403);
        assertProblem(
                ann.perform(json(put("/api/v1/checkins/" + DAY), ApiRequests.write(other))
                        .header("X-XSRF-TOKEN", "not-the-token")),
                403);
        assertProblem(ann.withoutCsrf().delete("/api/v1/checkins/" + DAY), 403);
        String yesterday = LocalDate.parse(DAY).minusDays(1).toString();
        assertProblem(ann.perform(json(put("/api/v1/checkins/" + yesterday), ApiRequests.write(other))), 403);

        assertThat(items(ann, "")).hasSize(1);
        assertThat(assertOkJson(ann.get("/api/v1/checkins/" + DAY)).path("pain").intValue())
                .isEqualTo(3);
    }

    @Test
    void anotherPersonCanNeitherReadListReplaceNorDeleteACheckIn() {
        JsonNode anns = store(ann, DAY, ApiRequests.write(valid())).json();
        ApiPerson bob = ApiPerson.signUp(mvc, "UTC");

        JsonNode notFound = assertProblem(bob.get("/api/v1/checkins/" + DAY), 404);
        assertThat(str(notFound.path("detail"))).isEqualTo("There is no check-in with the id '" + DAY + "'.");
        JsonNode missing =
                assertProblem(bob.get("/api/v1/checkins/" + LocalDate.parse(DAY).minusDays(40)), 404);
        assertThat(str(notFound.path("title"))).isEqualTo(str(missing.path("title")));
        assertThat(items(bob, "")).isEmpty();
        assertThat(items(bob, "?from=" + DAY + "&to=" + DAY)).isEmpty();
        assertProblem(bob.delete("/api/v1/checkins/" + DAY), 404);

        ObjectNode bobs = valid();
        bobs.put("pain", 9);
        Answer own = store(bob, DAY, ApiRequests.write(bobs));
        assertThat(own.status()).as("Bob's own check-in for that day is new").isEqualTo(201);

        assertThat(assertOkJson(ann.get("/api/v1/checkins/" + DAY))).isEqualTo(anns);
        assertThat(items(ann, "")).containsExactly(anns);
        assertThat(assertOkJson(bob.get("/api/v1/checkins/" + DAY)).path("pain").intValue())
                .isEqualTo(9);
    }
}
