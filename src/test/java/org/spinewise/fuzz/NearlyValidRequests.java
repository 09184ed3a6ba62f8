package org.spinewise.fuzz;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import org.spinewise.ApiRequests;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies built from the fuzzer's data with the contract's field names,
 * so the fuzzer gets past the JSON parser straight to the readers, the
 * screening engine and the planner. Each field is usually valid (with a value
 * the fuzzer picks from the whole valid range) and sometimes replaced by a
 * value of any JSON type, dropped, or joined by an unknown field; every such
 * change is recorded, so a 400 can be checked to name only changed fields.
 */
public final class NearlyValidRequests {

    static final List<String> CONDITIONS =
            List.of("spinal_stenosis", "herniated_disc", "osteoarthritis", "spondylolisthesis", "osteoporosis");
    static final List<String> POSITIONS = List.of("CHAIR", "FLOOR", "LYING");
    static final List<String> GOALS = List.of("RELIEVE_TENSION", "CRACK_SAFELY", "DESK_BREAK");

    /** One field in this many is changed, once the fuzzer has chosen to make mistakes at all. */
    private static final int ONE_CHANGE_IN = 8;

    private static final int MAX_TEXT = 24;
    private static final int MAX_DEPTH = 3;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JSON.getNodeFactory();

    private final FuzzedDataProvider data;
    private final boolean makesMistakes;
    private final Set<String> changed = new LinkedHashSet<>();

    public NearlyValidRequests(FuzzedDataProvider data) {
        this.data = data;
        // Half the inputs are valid throughout, so the 200 path sees as much fuzzing as the 400 path.
        this.makesMistakes = data.consumeBoolean();
    }

    /** The paths of every field changed from a valid request; empty means the request must be answered 200. */
    public Set<String> changedFields() {
        return changed;
    }

    public static byte[] bytes(JsonNode body) {
        return JSON.writeValueAsBytes(body);
    }

    /** A screening request, at the root ({@code prefix} "") or nested ("screening."). */
    public ObjectNode screening(String prefix) {
        ObjectNode screening = NODES.objectNode();
        field(screening, prefix, "age", NODES.numberNode(data.consumeInt(1, 120)));
        field(screening, prefix, "painLevel", NODES.numberNode(data.consumeInt(0, 10)));
        field(screening, prefix, "conditions", subset(CONDITIONS));
        if (data.consumeBoolean()) {
            field(screening, prefix, "onsetHours", onsetHours());
        }
        field(screening, prefix, "answers", answers(prefix + "answers."));
        unknownField(screening, prefix);
        return screening;
    }

    public ObjectNode plan() {
        ObjectNode plan = NODES.objectNode();
        field(plan, "", "screening", screening("screening."));
        ArrayNode positions = subset(POSITIONS);
        if (positions.isEmpty()) {
            positions.add(POSITIONS.get(0));
        }
        field(plan, "", "positions", positions);
        field(plan, "", "minutes", NODES.numberNode(data.consumeInt(1, 60)));
        field(plan, "", "goal", NODES.stringNode(data.pickValue(GOALS)));
        unknownField(plan, "");
        return plan;
    }

    private ObjectNode answers(String prefix) {
        ObjectNode answers = NODES.objectNode();
        for (String id : ApiRequests.QUESTION_IDS) {
            field(answers, prefix, id, NODES.booleanNode(data.consumeBoolean()));
        }
        unknownField(answers, prefix);
        return answers;
    }

    private JsonNode onsetHours() {
        return data.consumeBoolean()
                ? NODES.numberNode(data.consumeInt(0, 10_000))
                : NODES.numberNode(Math.abs(data.consumeRegularDouble()));
    }

    /** Puts the valid value, or (when making mistakes) now and then any value or none at all. */
    private void field(ObjectNode object, String prefix, String name, JsonNode valid) {
        if (!makesMistakes || data.consumeInt(1, ONE_CHANGE_IN) > 1) {
            object.set(name, valid);
            return;
        }
        changed.add(prefix + name);
        if (data.consumeBoolean()) {
            object.set(name, anyValue(0));
        }
    }

    private void unknownField(ObjectNode object, String prefix) {
        if (makesMistakes && data.consumeInt(1, ONE_CHANGE_IN) == 1) {
            String name = data.consumeString(MAX_TEXT);
            if (!object.has(name)) {
                changed.add(prefix + name);
                object.set(name, anyValue(0));
            }
        }
    }

    private ArrayNode subset(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        for (String value : values) {
            if (data.consumeBoolean()) {
                array.add(value);
            }
        }
        return array;
    }

    /** Any JSON value, the kinds a client gets wrong most: near-miss numbers, texts, nulls, nesting. */
    private JsonNode anyValue(int depth) {
        int kind = data.consumeInt(0, depth < MAX_DEPTH ? 11 : 9);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(data.consumeBoolean());
            case 2 -> NODES.numberNode(data.consumeInt());
            case 3 -> NODES.numberNode(data.consumeLong());
            case 4 -> NODES.numberNode(data.consumeDouble());
            case 5 ->
                NODES.numberNode(new BigInteger(data.consumeInt(1, 400), new java.util.Random(data.consumeLong())));
            case 6 ->
                NODES.numberNode(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-400, 400)));
            case 7 -> NODES.stringNode(data.pickValue(List.of("true", "40", "CHAIR", "fever", "", "spinal_stenosis")));
            case 8, 9 -> NODES.stringNode(data.consumeString(MAX_TEXT));
            case 10 -> anyArray(depth + 1);
            default -> anyObject(depth + 1);
        };
    }

    private ArrayNode anyArray(int depth) {
        ArrayNode array = NODES.arrayNode();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            array.add(anyValue(depth));
        }
        return array;
    }

    private ObjectNode anyObject(int depth) {
        ObjectNode object = NODES.objectNode();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            object.set(data.consumeString(MAX_TEXT), anyValue(depth));
        }
        return object;
    }
}
