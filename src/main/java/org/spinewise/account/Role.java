package org.spinewise.account;

/** What a person may do: patients use the app, clinicians and admins run the clinic's side. */
public enum Role {
    PATIENT,
    CLINICIAN,
    ADMIN
}
