package org.spinewise.clinic;

/** What someone other than the person did with the person's data (clinic-api.md, "Who looked at my data"). */
public enum AccessAction {
    LIST_PATIENTS,
    READ_PATIENT,
    CREATE_ASSIGNMENT,
    END_ASSIGNMENT,
    READ_CONTACT_REQUEST,
    UPDATE_CONTACT_REQUEST,
    UNLINK
}
