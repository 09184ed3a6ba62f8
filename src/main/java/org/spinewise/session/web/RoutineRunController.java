package org.spinewise.session.web;

import java.io.InputStream;
import java.util.Locale;
import java.util.Objects;

import org.spinewise.account.OwnRecordsByIdController;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.JsonApiController;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.RoutineRunRepository;
import org.spinewise.session.RoutineRunView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in person's routine runs (account-api.md, "Routine runs"). Nobody else's are ever found. A run
 * posted again with the same {@code clientId} (an offline client that could not tell it arrived) is stored once.
 * Listing, reading and deleting them is {@link OwnRecordsByIdController}'s.
 */
@JsonApiController("/api/v1/routine-runs")
class RoutineRunController extends OwnRecordsByIdController<RoutineRun, RoutineRunView> {

    private static final String KIND = "routine run";

    private final RoutineRunRepository runs;
    private final RoutineRunRequestReader reader;

    RoutineRunController(RoutineRunRepository runs, RoutineRunRequestReader reader) {
        super(KIND, runs, (run, locale) -> RoutineRunView.of(run));
        this.runs = runs;
        this.reader = reader;
    }

    @PostMapping
    ResponseEntity<RoutineRunView> record(@SignedIn SignedInPerson person, InputStream body, Locale locale) {
        return storeOnce(person, body, locale, runs, RoutineRun::id, fields -> {
            RoutineRun read = reader.read(fields, person.accountId());
            fields.throwIfInvalid();
            return Objects.requireNonNull(read); // valid: the reader answered
        });
    }
}
