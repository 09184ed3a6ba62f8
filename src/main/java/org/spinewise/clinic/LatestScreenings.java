package org.spinewise.clinic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A person's latest kept screening, as it was answered (what the clinic's list and a contact request show)
 * and as the current rules read its answers now (what the safety core checks a routine against, exactly as
 * the planner screens).
 */
@Component
@RequiredArgsConstructor
class LatestScreenings {

    private final ScreeningRecordRepository records;
    private final ScreeningRequestReader reader;
    private final ScreeningEngine engine;
    private final ObjectMapper json;

    /** @param settingRules the fired rules whose disposition is the screening's, as it was answered */
    record Latest(ScreeningRecord record, String disposition, List<String> firedRules, List<String> settingRules) {}

    /** The kept answers evaluated by today's rules, with the pain level they gave. */
    record Reading(ScreeningResult result, int painLevel) {}

    Optional<Latest> of(UUID accountId) {
        return records.latest(accountId, 1).stream().findFirst().map(this::read);
    }

    private Latest read(ScreeningRecord record) {
        JsonNode result = json.readTree(record.result());
        String disposition = result.path("disposition").asString();
        List<String> fired = new ArrayList<>();
        List<String> setting = new ArrayList<>();
        result.path("firedRules").forEach(rule -> {
            fired.add(rule.path("id").asString());
            if (rule.path("disposition").asString().equals(disposition)) {
                setting.add(rule.path("id").asString());
            }
        });
        return new Latest(record, disposition, fired, setting);
    }

    /**
     * The answers as today's rules read them, asked for only where the safety core needs them (the clinic's
     * list and a contact request show the screening as it was answered); empty when today's rules cannot
     * read them (a screening of older rules): the person is then asked for a new safety check.
     */
    Optional<Reading> reread(Latest latest) {
        JsonFields fields = JsonBody.parseObject(latest.record().request().getBytes(StandardCharsets.UTF_8));
        @Nullable ScreeningInput input = reader.read(fields);
        if (input == null || fields.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Reading(engine.evaluate(input), input.painLevel()));
    }
}
