package org.spinewise.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spinewise.ApiPerson;
import org.spinewise.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * pocket.md, "Offline": {@code POST /api/v1/routine-runs} and {@code POST /api/v1/therapy-sessions} store a
 * record once per person and {@code clientId}, so an offline client may send it again safely.
 */
class ClientIdApiTest extends ApiTest {

    private static final Instant START =
            Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

    /** One kind of record an offline client sends: where it goes and a valid body. */
    record Kind(String name, String path, ObjectNode body) {

        @Override
        public String toString() {
            return name;
        }

        ObjectNode withClientId(Object clientId) {
            ObjectNode copy = body.deepCopy();
            copy.putPOJO(ClientId.FIELD, clientId);
            return copy;
        }
    }

    static Stream<Kind> kinds() {
        ObjectNode run = JSON.createObjectNode()
                .put("startedAt", START.toString())
                .put("endedAt", START.plusSeconds(600).toString())
                .put("painBefore", 4)
                .put("painAfter", 2)
                .putNull("stop");
        run.putArray("completed").add("knee-to-chest");
        ObjectNode session = JSON.createObjectNode()
                .put("kind", "HEAT")
                .put("minutes", 15)
                .put("startedAt", START.toString())
                .put("endedAt", START.plusSeconds(900).toString())
                .put("finished", true);
        return Stream.of(
                new Kind("routine run", "/api/v1/routine-runs", run),
                new Kind("therapy session", "/api/v1/therapy-sessions", session));
    }

    private int stored(ApiPerson person, Kind kind) {
        return assertOkJson(person.get(kind.path())).path("items").size();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aRepeatAnswersTheStoredRecordWhateverItsBodyAndStoresNothing(Kind kind) {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String clientId = UUID.randomUUID().toString();

        Answer first = person.postJson(kind.path(), JSON.writeValueAsString(kind.withClientId(clientId)));
        assertThat(first.status()).as(first.body()).isEqualTo(201);

        Answer again = person.postJson(kind.path(), JSON.writeValueAsString(kind.withClientId(clientId)));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());

        ObjectNode different = kind.withClientId(clientId.toUpperCase(java.util.Locale.ROOT));
        different.put("startedAt", START.minusSeconds(3600).toString());
        different.put("painBefore", 99);
        Answer changed = person.postJson(kind.path(), JSON.writeValueAsString(different));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json()).isEqualTo(first.json());

        assertThat(stored(person, kind)).isEqualTo(1);
        JsonNode kept =
                assertOkJson(person.get(kind.path() + "/" + str(first.json().path("id"))));
        assertThat(kept).isEqualTo(first.json());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void anotherPersonsRecordWithTheSameClientIdIsTheirOwn(Kind kind) {
        ApiPerson ann = ApiPerson.signUp(mvc, "UTC");
        ApiPerson bob = ApiPerson.signUp(mvc, "UTC");
        String body =
                JSON.writeValueAsString(kind.withClientId(UUID.randomUUID().toString()));

        Answer anns = ann.postJson(kind.path(), body);
        Answer bobs = bob.postJson(kind.path(), body);

        assertThat(anns.status()).as(anns.body()).isEqualTo(201);
        assertThat(bobs.status()).as(bobs.body()).isEqualTo(201);
        assertThat(str(bobs.json().path("id"))).isNotEqualTo(str(anns.json().path("id")));
        assertThat(stored(ann, kind)).isEqualTo(1);
        assertThat(stored(bob, kind)).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void withoutAClientIdEachPostIsANewRecord(Kind kind) {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");
        String body = JSON.writeValueAsString(kind.body());
        String nullId = JSON.writeValueAsString(kind.body().deepCopy().putNull(ClientId.FIELD));

        assertThat(person.postJson(kind.path(), body).status()).isEqualTo(201);
        assertThat(person.postJson(kind.path(), body).status()).isEqualTo(201);
        assertThat(person.postJson(kind.path(), nullId).status()).isEqualTo(201);

        assertThat(stored(person, kind)).isEqualTo(3);
    }

    static Stream<Object[]> badClientIds() {
        Object[] values = {
            "",
            "not-a-uuid",
            "1-1-1-1-1",
            "3f1c2d4e5a6b4c7d8e9f0a1b2c3d4e5f",
            "{3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f}",
            12,
            true,
            JSON.createObjectNode(),
            JSON.createArrayNode()
        };
        return kinds().flatMap(kind -> Stream.of(values).map(value -> new Object[] {kind, value}));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badClientIds")
    void aClientIdThatIsNotAUuidIsNamedAndNothingIsStored(Kind kind, Object value) {
        ApiPerson person = ApiPerson.signUp(mvc, "UTC");

        assertBadRequest(
                person.postJson(kind.path(), JSON.writeValueAsString(kind.withClientId(value))),
                Set.of(ClientId.FIELD));

        assertThat(stored(person, kind)).isZero();
    }
}
