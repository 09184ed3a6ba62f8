package org.spinewise.therapy.web;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.spinewise.account.OwnRecordsByIdController;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.ClientId;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonFields;
import org.spinewise.api.TimeLimits;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.Messages;
import org.spinewise.therapy.TherapyMode;
import org.spinewise.therapy.TherapySession;
import org.spinewise.therapy.TherapySessionRepository;
import org.spinewise.therapy.TherapySessionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A signed-in person's heat and cold sessions, posted by the coach page when
 * a session ends. Another person's session answers 404 like a missing one; listing, reading and deleting them
 * is {@link OwnRecordsByIdController}'s.
 */
@JsonApiController("/api/v1/therapy-sessions")
class TherapySessionController extends OwnRecordsByIdController<TherapySession, TherapySessionView> {

    private static final String KIND = "therapy session";
    private static final Set<String> FIELDS =
            Set.of("kind", "minutes", "startedAt", "endedAt", "finished", ClientId.FIELD);
    private static final List<String> KINDS =
            Arrays.stream(TherapyMode.values()).map(Enum::name).toList();

    private final TherapySessionRepository sessions;
    private final Clock clock;
    private final int maxMinutes;

    TherapySessionController(TherapySessionRepository sessions, Clock clock, RuleBook rules) {
        super(KIND, sessions, (session, locale) -> TherapySessionView.of(session));
        this.sessions = sessions;
        this.clock = clock;
        this.maxMinutes = Math.min(
                rules.heatTherapy().therapy().maxMinutes(),
                rules.coldTherapy().therapy().maxMinutes());
    }

    @PostMapping
    ResponseEntity<TherapySessionView> record(@SignedIn SignedInPerson person, InputStream body, Locale locale) {
        return storeOnce(
                person, body, locale, sessions, TherapySession::id, fields -> read(fields, person.accountId()));
    }

    /** The session a valid request describes, or an invalid request naming every bad field. */
    private TherapySession read(JsonFields fields, UUID accountId) {
        fields.rejectUnknown(FIELDS);
        String kind = fields.oneOf("kind", KINDS);
        Integer minutes = fields.integer("minutes", 1, maxMinutes);
        Instant latest = clock.instant().plus(TimeLimits.CLOCK_SKEW);
        Instant startedAt = fields.instantNotAfter("startedAt", latest);
        Instant endedAt = fields.instantNotAfter("endedAt", latest);
        Boolean finished = fields.bool("finished");
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            fields.error("endedAt", Messages.t("therapy.api.endedAt"));
        }
        fields.throwIfInvalid();
        // valid: each read above returned its value
        return new TherapySession(
                UUID.randomUUID(),
                accountId,
                TherapyMode.valueOf(Objects.requireNonNull(kind)),
                Objects.requireNonNull(minutes),
                Objects.requireNonNull(startedAt),
                Objects.requireNonNull(endedAt),
                Objects.requireNonNull(finished));
    }
}
