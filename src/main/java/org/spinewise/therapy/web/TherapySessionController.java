package org.spinewise.therapy.web;

import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

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
import org.spinewise.api.TimeLimits;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.Messages;
import org.spinewise.therapy.TherapyMode;
import org.spinewise.therapy.TherapySession;
import org.spinewise.therapy.TherapySessionRepository;
import org.spinewise.therapy.TherapySessionView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A signed-in person's heat and cold sessions, posted by the coach page when
 * a session ends. Another person's session answers 404 like a missing one.
 */
@JsonApiController("/api/v1/therapy-sessions")
class TherapySessionController {

    private static final String KIND = "therapy session";
    private static final Set<String> FIELDS =
            Set.of("kind", "minutes", "startedAt", "endedAt", "finished", ClientId.FIELD);
    private static final List<String> KINDS =
            Arrays.stream(TherapyMode.values()).map(Enum::name).toList();

    private final TherapySessionRepository sessions;
    private final Clock clock;
    private final int maxMinutes;

    TherapySessionController(TherapySessionRepository sessions, Clock clock, RuleBook rules) {
        this.sessions = sessions;
        this.clock = clock;
        this.maxMinutes = Math.min(
                rules.heatTherapy().therapy().maxMinutes(),
                rules.coldTherapy().therapy().maxMinutes());
    }

    @PostMapping
    ResponseEntity<TherapySessionView> record(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        UUID clientId = ClientId.read(fields);
        return ClientId.storeOnce(
                clientId,
                id -> sessions.findByClientId(person.accountId(), id),
                () -> read(fields, person.accountId()),
                session -> sessions.insert(session, clientId),
                TherapySessionView::of,
                session -> URI.create("/api/v1/therapy-sessions/" + session.id()));
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

    @GetMapping
    Items<TherapySessionView> list(
            @SignedIn SignedInPerson person,
            @RequestParam(name = DayRange.FROM, required = false) @Nullable String from,
            @RequestParam(name = DayRange.TO, required = false) @Nullable String to) {
        DayRange days = DayRange.parse(from, to, person.timeZone());
        return new Items<>(sessions
                .list(
                        person.accountId(),
                        days.start() == null ? TimeLimits.EARLIEST_INSTANT : days.start(),
                        days.end() == null ? TimeLimits.LATEST_INSTANT : days.end())
                .stream()
                .map(TherapySessionView::of)
                .toList());
    }

    @GetMapping("/{id}")
    TherapySessionView one(@SignedIn SignedInPerson person, @PathId(KIND) UUID id) {
        return Found.orNotFound(sessions.find(person.accountId(), id).map(TherapySessionView::of), KIND, id);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathId(KIND) UUID id) {
        return Found.deleted(sessions.delete(person.accountId(), id), KIND, id);
    }
}
