package org.spinewise.journal.web;

import java.io.InputStream;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.account.OwnRecordsByIdController;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.journal.Advice;
import org.spinewise.journal.Crack;
import org.spinewise.journal.CrackView;
import org.spinewise.journal.Cracks;
import org.spinewise.system.Messages;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The cracking log and its guardrails (account-api.md), for the signed-in person only; listing, reading and
 * deleting cracks is {@link OwnRecordsByIdController}'s.
 */
@JsonApiController("/api/v1/cracks")
class CrackController extends OwnRecordsByIdController<Crack, CrackView> {

    private static final String KIND = "crack";
    private static final Set<String> FIELDS = Set.of(Cracks.AT, Cracks.TECHNIQUE, "forced", "painful");
    /** Far longer than any ISO-8601 instant. */
    private static final int MAX_INSTANT = 64;
    /** Far longer than any technique's id. */
    private static final int MAX_TECHNIQUE = 200;

    private final Cracks cracks;

    CrackController(Cracks cracks) {
        super(KIND, cracks, (crack, locale) -> CrackView.of(crack));
        this.cracks = cracks;
    }

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
