package org.spinewise.clinic;

/** Why a patient needs a clinician's eye, in the order the clinic's list shows them (clinic-api.md). */
public enum PatientFlag {
    /** The latest screening's disposition is EMERGENCY or URGENT. */
    RED_FLAG,
    /** A routine run of the last 14 days stopped with a nerve or sharp-pain symptom. */
    STOPPED_WITH_SYMPTOMS,
    /** At least 3 of the 5 latest cracks were painful. */
    PERSISTENT_PAIN,
    /** Stiffness has not eased with stretching (account-api.md, "Progress"). */
    STIFFNESS_NOT_IMPROVING,
    /** An OPEN contact request to this clinic. */
    OPEN_REQUEST
}
