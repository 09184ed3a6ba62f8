package org.spinewise.history.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.spinewise.account.CurrentPerson;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.DayRange;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.Items;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.spinewise.screening.json.ScreeningResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signed-in person's screening history (account-api.md, "Screening
 * history"): a screening evaluated exactly as {@code POST /api/v1/screenings}
 * does, kept with its request. Each record answers as the screening's result
 * plus {@code id} and {@code at}. Nobody else's records are ever found.
 */
@RestController
@RequestMapping(
        path = "/api/v1/screening-history",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class ScreeningHistoryController {

    private static final String KIND = "screening record";
    /** One byte more than {@link JsonBody} accepts, so it can tell an oversized body. */
    private static final int READ_LIMIT = 64 * 1024 + 1;

    private final ScreeningRecordRepository records;
    private final ScreeningEngine engine;
    private final ScreeningRequestReader reader;
    private final ObjectMapper json;
    private final Clock clock;

    ScreeningHistoryController(
            ScreeningRecordRepository records,
            ScreeningEngine engine,
            ScreeningRequestReader reader,
            ObjectMapper json,
            Clock clock) {
        this.records = records;
        this.engine = engine;
        this.reader = reader;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<JsonNode> record(InputStream body) {
        SignedInPerson person = CurrentPerson.require();
        byte[] bytes = read(body);
        JsonFields fields = JsonBody.parseObject(bytes);
        ScreeningInput input = reader.read(fields);
        fields.throwIfInvalid();
        ScreeningResult result = engine.evaluate(input);
        var record = new ScreeningRecord(
                UUID.randomUUID(),
                person.accountId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                result.rulesVersion(),
                json.writeValueAsString(json.readTree(bytes)),
                json.writeValueAsString(ScreeningResponse.of(result)));
        records.insert(record);
        return ResponseEntity.created(URI.create("/api/v1/screening-history/" + record.id()))
                .body(view(record));
    }

    @GetMapping
    Items<JsonNode> list(
            @RequestParam(name = DayRange.FROM, required = false) String from,
            @RequestParam(name = DayRange.TO, required = false) String to) {
        SignedInPerson person = CurrentPerson.require();
        DayRange days = DayRange.parse(from, to, person.timeZone());
        return new Items<>(records.list(person.accountId(), days.start(), days.end()).stream()
                .map(this::view)
                .toList());
    }

    @GetMapping("/{id}")
    JsonNode one(@PathVariable String id) {
        SignedInPerson person = CurrentPerson.require();
        return uuid(id).flatMap(recordId -> records.find(person.accountId(), recordId))
                .map(this::view)
                .orElseThrow(() -> new ResourceNotFoundException(KIND, id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        SignedInPerson person = CurrentPerson.require();
        if (!uuid(id).map(recordId -> records.delete(person.accountId(), recordId))
                .orElse(false)) {
            throw new ResourceNotFoundException(KIND, id);
        }
        return ResponseEntity.noContent().build();
    }

    /** The stored result as it was answered, with the record's {@code id} and {@code at} in front. */
    private JsonNode view(ScreeningRecord record) {
        ObjectNode view = json.createObjectNode();
        view.put("id", record.id().toString());
        view.put("at", record.at().toString());
        view.setAll((ObjectNode) json.readTree(record.result()));
        return view;
    }

    private static byte[] read(InputStream body) {
        try {
            return body.readNBytes(READ_LIMIT);
        } catch (IOException e) {
            throw new InvalidRequestException(List.of(new FieldError(JsonBody.BODY, "could not be read completely")));
        }
    }

    /** Ids are opaque: one that is not ours names nothing. */
    private static Optional<UUID> uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id.toLowerCase(Locale.ROOT)) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
