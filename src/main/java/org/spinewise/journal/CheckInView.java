package org.spinewise.journal;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A check-in as the API answers it and the export writes it (account-api.md, "Daily check-in"). */
public record CheckInView(
        LocalDate day,
        int pain,
        int stiffness,
        double sittingHours,
        @Nullable String note) {

    public static CheckInView of(CheckIn checkIn) {
        return new CheckInView(
                checkIn.day(),
                checkIn.pain(),
                checkIn.stiffness(),
                checkIn.sittingHours().doubleValue(),
                checkIn.note());
    }
}
