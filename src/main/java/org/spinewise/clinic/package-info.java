/**
 * The clinic's half (clinic-api.md): clinics and their clinicians ({@link org.spinewise.clinic.Administration}),
 * invite codes and links ({@link org.spinewise.clinic.Links}), what a clinician sees of linked patients
 * ({@link org.spinewise.clinic.PatientViews}), routines a clinician assigns, re-checked by the safety core
 * ({@link org.spinewise.clinic.Assignments}), "contact us" requests
 * ({@link org.spinewise.clinic.ContactRequests}), and the append-only log of who looked at a person's data
 * ({@link org.spinewise.clinic.AccessLog}), written in the transaction of the read or change it records.
 * Roles are read from the database on every request ({@link org.spinewise.clinic.ClinicAccess}), so a
 * change applies to open sessions at once.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "account",
            "api",
            "history",
            "journal",
            "library",
            "planner",
            "planner :: player",
            "progress",
            "progress :: charts",
            "screening",
            "screening :: json",
            "session",
            "site",
            "system",
            "versions"
        })
@NullMarked
package org.spinewise.clinic;

import org.jspecify.annotations.NullMarked;
