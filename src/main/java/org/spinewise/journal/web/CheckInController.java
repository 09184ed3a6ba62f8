package org.spinewise.journal.web;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.spinewise.account.OwnRecordsController;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.journal.CheckIn;
import org.spinewise.journal.CheckInView;
import org.spinewise.journal.CheckIns;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;

/**
 * The daily check-in (account-api.md): one per day of the signed-in person, never anyone else's, named by its
 * day; listing them is {@link OwnRecordsController}'s.
 */
@JsonApiController("/api/v1/checkins")
class CheckInController extends OwnRecordsController<LocalDate, CheckIn, CheckInView> {

    private final CheckIns checkIns;

    CheckInController(CheckIns checkIns) {
        super("check-in", checkIns, (checkIn, locale) -> CheckInView.of(checkIn));
        this.checkIns = checkIns;
    }

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

    @GetMapping("/{day}")
    CheckInView get(@SignedIn SignedInPerson person, @PathVariable("day") String dayText, Locale locale) {
        return answer(person, day(dayText), locale);
    }

    @DeleteMapping("/{day}")
    ResponseEntity<Void> delete(@SignedIn SignedInPerson person, @PathVariable("day") String dayText) {
        return remove(person, day(dayText));
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
