package org.spinewise.reminders.web;

import java.io.InputStream;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.reminders.Reminders;
import org.spinewise.reminders.Schedule;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import tools.jackson.databind.node.ObjectNode;

/** The person's movement-break schedule and its next five breaks (reminders-api.md, "Settings"). */
@JsonApiController("/api/v1/me/reminders")
@RequiredArgsConstructor
class ReminderApiController {

    private final Reminders reminders;

    @GetMapping
    ObjectNode get(@SignedIn SignedInPerson person) {
        Reminders.Planned planned = reminders.planned(person.accountId(), person.timeZone());
        return ScheduleFields.write(planned.schedule(), planned.next());
    }

    @PutMapping
    ObjectNode put(@SignedIn SignedInPerson person, InputStream body) {
        JsonFields fields = JsonBody.parseObject(body);
        Schedule schedule = ScheduleFields.read(fields);
        if (schedule == null || fields.errorCount() > 0) {
            throw new InvalidRequestException(fields.errors());
        }
        Reminders.Planned planned = reminders.save(person.accountId(), person.timeZone(), schedule);
        return ScheduleFields.write(planned.schedule(), planned.next());
    }
}
