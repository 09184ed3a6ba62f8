package org.spinewise.history.web;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.spinewise.account.CurrentPerson;
import org.spinewise.history.ScreeningRecord;
import org.spinewise.history.ScreeningRecordRepository;
import org.spinewise.screening.web.ScreeningEvaluated;
import org.spinewise.screening.web.ScreeningResponse;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Keeps a signed-in person's safety checks done on the pages, as the API's
 * screening history keeps those posted to it. Anonymous checks stay unsaved.
 */
@Component
class ScreeningPageHistory {

    private final ScreeningRecordRepository records;
    private final ObjectMapper json;
    private final Clock clock;

    ScreeningPageHistory(ScreeningRecordRepository records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void keep(ScreeningEvaluated screening) {
        CurrentPerson.find().ifPresent(person -> records.insert(new ScreeningRecord(UUID.randomUUID(),
                person.accountId(), clock.instant().truncatedTo(ChronoUnit.MILLIS), screening.result().rulesVersion(),
                screening.requestJson(), json.writeValueAsString(ScreeningResponse.of(screening.result())))));
    }
}
