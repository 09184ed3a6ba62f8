package org.spinewise.journal.web;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.Found;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.Items;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.api.ListDays;
import org.spinewise.journal.CheckInView;
import org.spinewise.journal.CheckIns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The daily check-in (account-api.md): one per day of the signed-in person, never anyone else's. */
@JsonApiController("/api/v1/checkins")
@RequiredArgsConstructor
class CheckInController {

    private final CheckIns checkIns;

    @PutMapping("/{day}")
    ResponseEntity<CheckInView> put(
            @SignedIn SignedInPerson person, @PathVariable("day") String dayText, InputStream body) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Days.parse(CheckIns.DAY, dayText, errors);
        JsonFields fields;
        try {
            fields = JsonBody.parseObject(body);
        } catch (InvalidRequestException badBody) {
            errors.addAll(checkIns.problems(new CheckIns.Entry(day, null, null, null, null), person.timeZone()));
            errors.addAll(badBody.errors());
            throw new InvalidRequestException(errors);
        }
        CheckIns.Entry entry = CheckInFields.read(fields, day);
        errors.addAll(fields.errors());
        errors.addAll(checkIns.problems(entry, person.timeZone()));
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        CheckIns.Saved saved = checkIns.put(person.accountId(), person.timeZone(), entry.checkIn());
        CheckInView view = CheckInView.of(saved.checkIn());
        return saved.created()
                ? ResponseEntity.created(URI.create("/api/v1/checkins/" + day)).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping
    Items<CheckInView> list(
            @SignedIn SignedInPerson person,
            @RequestParam(name = ListDays.FROM, required = false) @Nullable String from,
            @RequestParam(name = ListDays.TO, required = false) @Nullable String to) {
        ListDays days = ListDays.parse(from, to);
        return new Items<>(checkIns.list(person.accountId(), days.from(), days.to()).stream()
                .map(CheckInView::of)
                .toList());
    }

    @GetMapping("/{day}")
    CheckInView get(@SignedIn SignedInPerson person, @PathVariable("day") String dayText) {
        LocalDate day = day(dayText);
        return Found.orNotFound(checkIns.find(person.accountId(), day).map(CheckInView::of), "check-in", dayText);
    }

    @DeleteMapping("/{day}")
    ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathVariable("day") String dayText) {
        LocalDate day = day(dayText);
        return Found.deleted(checkIns.delete(person.accountId(), day), "check-in", dayText);
    }

    private static LocalDate day(String text) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate day = Days.parse("day", text, errors);
        if (day == null) {
            throw new InvalidRequestException(errors);
        }
        return day;
    }
}
