package org.spinewise.session.web;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import org.spinewise.account.CurrentPerson;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.DayRange;
import org.spinewise.api.Items;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.ResourceNotFoundException;
import org.spinewise.session.RoutineRun;
import org.spinewise.session.RoutineRunRepository;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in person's routine runs (account-api.md, "Routine runs"). Nobody else's are ever found. */
@RestController
@RequestMapping(
        path = "/api/v1/routine-runs",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
class RoutineRunController {

    private static final String KIND = "routine run";

    private final RoutineRunRepository runs;
    private final RoutineRunRequestReader reader;

    RoutineRunController(RoutineRunRepository runs, RoutineRunRequestReader reader) {
        this.runs = runs;
        this.reader = reader;
    }

    @PostMapping
    ResponseEntity<RoutineRunView> record(InputStream body) {
        SignedInPerson person = CurrentPerson.require();
        JsonFields fields = JsonBody.parseObject(body);
        RoutineRun run = reader.read(fields, person.accountId());
        fields.throwIfInvalid();
        runs.insert(run);
        return ResponseEntity.created(URI.create("/api/v1/routine-runs/" + run.id()))
                .body(RoutineRunView.of(run));
    }

    @GetMapping
    Items<RoutineRunView> list(
            @RequestParam(name = DayRange.FROM, required = false) String from,
            @RequestParam(name = DayRange.TO, required = false) String to) {
        SignedInPerson person = CurrentPerson.require();
        DayRange days = DayRange.parse(from, to, person.timeZone());
        return new Items<>(runs.list(person.accountId(), days.start(), days.end()).stream()
                .map(RoutineRunView::of)
                .toList());
    }

    @GetMapping("/{id}")
    RoutineRunView one(@PathVariable String id) {
        SignedInPerson person = CurrentPerson.require();
        return uuid(id).flatMap(runId -> runs.find(person.accountId(), runId))
                .map(RoutineRunView::of)
                .orElseThrow(() -> new ResourceNotFoundException(KIND, id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        SignedInPerson person = CurrentPerson.require();
        if (!uuid(id).map(runId -> runs.delete(person.accountId(), runId)).orElse(false)) {
            throw new ResourceNotFoundException(KIND, id);
        }
        return ResponseEntity.noContent().build();
    }

    /** Ids are opaque: one that is not ours names nothing. */
    static Optional<UUID> uuid(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id.toLowerCase(java.util.Locale.ROOT)) ? Optional.of(uuid) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
