package org.spinewise.export.fhir;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.TimeZone;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;

/** FHIR times from Spinewise's: instants in UTC to the millisecond, a check-in's day as a day. */
final class Times {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Times() {}

    static DateTimeType at(Instant instant) {
        return new DateTimeType(date(instant), TemporalPrecisionEnum.MILLI, UTC);
    }

    static DateTimeType day(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    static Period period(Instant start, Instant end) {
        return new Period().setStartElement(at(start)).setEndElement(at(end));
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
