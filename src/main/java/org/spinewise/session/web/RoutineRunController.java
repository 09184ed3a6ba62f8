package org.spinewise.session.web;

import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ClientId;
import org.spinewise.api.DayRange;
import org.spinewise.api.Found;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.PathId;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.RoutineRunRepository;
import org.spinewise.session.RoutineRunView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in person's routine runs (account-api.md, "Routine runs"). Nobody else's are ever found. A run
 * posted again with the same {@code clientId} (an offline client that could not tell it arrived) is stored once.
 */
@JsonApiController("/api/v1/routine-runs")
@RequiredArgsConstructor
class RoutineRunController {

    private static final String KIND = "routine run";

    private final RoutineRunRepository runs;
    private final RoutineRunRequestReader reader;

    @PostMapping
    ResponseEntity<RoutineRunView> record(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        UUID clientId = ClientId.read(fields);
        return ClientId.storeOnce(
                clientId,
                id -> runs.findByClientId(person.accountId(), id),
                () -> {
                    RoutineRun read = reader.read(fields, person.accountId());
                    fields.throwIfInvalid();
                    return Objects.requireNonNull(read); // valid: the reader answered
                },
                run -> runs.insert(run, clientId),
                RoutineRunView::of,
                run -> URI.create("/api/v1/routine-runs/" + run.id()));
    }

    @GetMapping
    Items<RoutineRunView> list(
            @SignedIn SignedInPerson person,
            @RequestParam(name = DayRange.FROM, required = false) @Nullable String from,
            @RequestParam(name = DayRange.TO, required = false) @Nullable String to) {
        DayRange days = DayRange.parse(from, to, person.timeZone());
        return new Items<>(runs.list(person.accountId(), days.start(), days.end()).stream()
                .map(RoutineRunView::of)
                .toList());
    }

    @GetMapping("/{id}")
    RoutineRunView one(@SignedIn SignedInPerson person, @PathId(KIND) UUID id) {
        return Found.orNotFound(runs.find(person.accountId(), id).map(RoutineRunView::of), KIND, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathId(KIND) UUID id) {
        return Found.deleted(runs.delete(person.accountId(), id), KIND, id);
    }
}
