package org.spinewise.clinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.spinewise.clinic.AccessAction;
import org.spinewise.clinic.ContactStatus;
import org.spinewise.clinic.PatientFlag;

/** The clinic pages' words for the codes the API answers with, so every page says them the same way. */
public final class ClinicWords {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.UK);

    private ClinicWords() {}

    public static String flag(PatientFlag flag) {
        return switch (flag) {
            case RED_FLAG -> "Warning signs: the latest safety check sent them to urgent or emergency care";
            case STOPPED_WITH_SYMPTOMS ->
                "Stopped a routine in the last 14 days with sharp pain, numbness or pain spreading to a leg";
            case PERSISTENT_PAIN -> "At least 3 of their 5 latest cracks hurt";
            case STIFFNESS_NOT_IMPROVING -> "Stiffness is not easing with regular stretching";
            case OPEN_REQUEST -> "Has written to the clinic and is waiting for an answer";
        };
    }

    /** A screening's disposition as a person would say it. */
    public static String disposition(@Nullable String disposition) {
        if (disposition == null) {
            return "No safety check kept";
        }
        return switch (disposition) {
            case "EMERGENCY" -> "Emergency care now";
            case "URGENT" -> "See a doctor within a day or two";
            case "SEE_PROFESSIONAL" -> "Book a visit with a professional";
            case "SELF_CARE" -> "Self-care is fine";
            default -> disposition;
        };
    }

    public static String status(ContactStatus status) {
        return switch (status) {
            case OPEN -> "Waiting for the clinic";
            case IN_PROGRESS -> "The clinic is working on it";
            case CLOSED -> "Closed";
        };
    }

    /** What someone did with the person's data, as a sentence's verb phrase. */
    public static String action(AccessAction action) {
        return switch (action) {
            case LIST_PATIENTS -> "saw you in the clinic's list of patients";
            case READ_PATIENT -> "opened your records";
            case CREATE_ASSIGNMENT -> "assigned you a routine";
            case END_ASSIGNMENT -> "ended a routine they had assigned you";
            case READ_CONTACT_REQUEST -> "read your message to the clinic";
            case UPDATE_CONTACT_REQUEST -> "answered or updated your message to the clinic";
            case UNLINK -> "ended your link to the clinic";
        };
    }

    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }

    /** Rule ids joined for reading, or a word for none. */
    public static String rules(List<String> rules) {
        return rules.isEmpty() ? "no rule fired" : String.join(", ", rules);
    }
}
