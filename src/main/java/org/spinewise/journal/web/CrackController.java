package org.spinewise.journal.web;

import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.Found;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.ListDays;
import org.spinewise.api.PathId;
import org.spinewise.journal.Advice;
import org.spinewise.journal.Crack;
import org.spinewise.journal.CrackView;
import org.spinewise.journal.Cracks;
import org.spinewise.system.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The cracking log and its guardrails (account-api.md), for the signed-in person only. */
@JsonApiController("/api/v1/cracks")
@RequiredArgsConstructor
class CrackController {

    private static final String KIND = "crack";
    private static final Set<String> FIELDS = Set.of(Cracks.AT, Cracks.TECHNIQUE, "forced", "painful");
    /** Far longer than any ISO-8601 instant. */
    private static final int MAX_INSTANT = 64;
    /** Far longer than any technique's id. */
    private static final int MAX_TECHNIQUE = 200;

    private final Cracks cracks;

    record LoggedCrackView(
            String id, Instant at, String technique, boolean forced, boolean painful, List<Advice> advice) {
        static LoggedCrackView of(Cracks.Logged logged) {
            Crack crack = logged.crack();
            return new LoggedCrackView(
                    crack.id().toString(),
                    crack.at(),
                    crack.technique(),
                    crack.forced(),
                    crack.painful(),
                    logged.advice());
        }
    }

    @PostMapping
    ResponseEntity<LoggedCrackView> log(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(FIELDS);
        Instant at = at(fields);
        String technique = fields.text(Cracks.TECHNIQUE, MAX_TECHNIQUE);
        Boolean forced = fields.bool("forced");
        Boolean painful = fields.bool("painful");
        cracks.problems(at, technique).forEach(problem -> fields.error(problem.field(), problem.message()));
        fields.throwIfInvalid();
        // valid: each read above returned its value
        Cracks.Logged logged = cracks.log(
                person.accountId(),
                person.timeZone(),
                at,
                Objects.requireNonNull(technique),
                Objects.requireNonNull(forced),
                Objects.requireNonNull(painful));
        return ResponseEntity.created(
                        URI.create("/api/v1/cracks/" + logged.crack().id()))
                .body(LoggedCrackView.of(logged));
    }

    @GetMapping
    Items<CrackView> list(
            @SignedIn SignedInPerson person,
            @RequestParam(name = ListDays.FROM, required = false) @Nullable String from,
            @RequestParam(name = ListDays.TO, required = false) @Nullable String to) {
        ListDays days = ListDays.parse(from, to);
        return new Items<>(cracks.list(person.accountId(), person.timeZone(), days.from(), days.to()).stream()
                .map(CrackView::of)
                .toList());
    }

    @GetMapping("/{id}")
    CrackView get(@SignedIn SignedInPerson person, @PathId(KIND) UUID id) {
        return Found.orNotFound(cracks.find(person.accountId(), id).map(CrackView::of), KIND, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathId(KIND) UUID id) {
        return Found.deleted(cracks.delete(person.accountId(), id), KIND, id);
    }

    /** The optional time: null when absent (now), and null with an error when it is not an instant. */
    private @Nullable Instant at(JsonFields fields) {
        int before = fields.errorCount();
        String text = fields.optionalText(Cracks.AT, MAX_INSTANT);
        if (fields.errorCount() > before) {
            return null;
        }
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeException e) {
            fields.error(Cracks.AT, Messages.t("api.instant.shape"));
            return null;
        }
    }
}
