/**
 * A person's own data, whole: {@link org.spinewise.export.PersonalData} gathers every record of one
 * account (the account, check-ins, cracks, routine runs, kept screenings, heat and cold sessions, and the clinic side: links, assignments, contact requests, access log) through the other modules'
 * public reads, and its {@code web} package answers {@code GET /api/v1/export} as JSON or as a zip of
 * CSV files (account-api.md, "A person's own data"), or as a FHIR R4 bundle written by {@code fhir}
 * (interop.md).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "account",
            "api",
            "clinic",
            "journal",
            "library",
            "planner",
            "reminders",
            "screening",
            "session",
            "history",
            "therapy",
            "system"
        })
@NullMarked
package org.spinewise.export;

import org.jspecify.annotations.NullMarked;
