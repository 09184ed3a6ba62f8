package org.spinewise.history.web;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.spinewise.account.OwnRecordsByIdController;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.history.ScreeningRecordView;
import org.spinewise.screening.RuleBooks;
import org.spinewise.screening.ScreeningEngine;
import org.spinewise.screening.ScreeningInput;
import org.spinewise.screening.ScreeningResult;
import org.spinewise.screening.json.ScreeningRequestReader;
import org.spinewise.screening.json.ScreeningResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The signed-in person's screening history (account-api.md, "Screening
 * history"): a screening evaluated exactly as {@code POST /api/v1/screenings}
 * does, kept with its request. Each record answers as the screening's result
 * plus {@code id} and {@code at}, in the reader's language. Nobody else's records are ever found; listing,
 * reading and deleting them is {@link OwnRecordsByIdController}'s.
 */
@JsonApiController("/api/v1/screening-history")
class ScreeningHistoryController extends OwnRecordsByIdController<ScreeningRecord, JsonNode> {

    private static final String KIND = "screening record";

    private final ScreeningRecordRepository records;
    private final ScreeningEngine engine;
    private final RuleBooks books;
    private final ScreeningRequestReader reader;
    private final ObjectMapper json;
    private final Clock clock;

    ScreeningHistoryController(
            ScreeningRecordRepository records,
            ScreeningEngine engine,
            RuleBooks books,
            ScreeningRequestReader reader,
            ObjectMapper json,
            Clock clock) {
        // Kept in the words it was answered with; shown in the reader's language.
        super(KIND, records, (record, locale) -> ScreeningRecordView.of(record, json, books.in(locale)));
        this.records = records;
        this.engine = engine;
        this.books = books;
        this.reader = reader;
        this.json = json;
        this.clock = clock;
    }

    @PostMapping
    ResponseEntity<JsonNode> record(@SignedIn SignedInPerson person, InputStream body, Locale locale) {
        byte[] bytes = JsonBody.read(body);
        JsonFields fields = JsonBody.parseObject(bytes);
        ScreeningInput input = reader.read(fields);
        fields.throwIfInvalid();
        ScreeningResult result = engine.evaluate(Objects.requireNonNull(input)); // valid: the reader answered
        var record = new ScreeningRecord(
                UUID.randomUUID(),
                person.accountId(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                result.rulesVersion(),
                json.writeValueAsString(json.readTree(bytes)),
                json.writeValueAsString(ScreeningResponse.of(result)));
        records.insert(record);
        return ResponseEntity.created(URI.create("/api/v1/screening-history/" + record.id()))
                .body(view(record, locale));
    }
}
