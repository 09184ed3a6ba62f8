package org.spinewise.clinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.spinewise.clinic.AccessAction;
import org.spinewise.clinic.ContactStatus;
import org.spinewise.clinic.PatientFlag;
import org.spinewise.clinic.Patients;
import org.spinewise.session.StopReason;
import org.spinewise.system.Messages;

/**
 * The clinic pages' words for the codes the API answers with, so every page says them the same way, in the
 * language of the request being answered (the codes themselves never change with it).
 */
public final class ClinicWords {

    private static final Set<String> KNOWN_DISPOSITIONS =
            Set.of("EMERGENCY", "URGENT", "SEE_PROFESSIONAL", "SELF_CARE");

    private ClinicWords() {}

    public static String flag(PatientFlag flag) {
        return flag == PatientFlag.STOPPED_WITH_SYMPTOMS
                ? Messages.t("clinic.flag." + flag.name(), Patients.STOP_DAYS)
                : Messages.t("clinic.flag." + flag.name());
    }

    /** A screening's disposition as a person would say it. */
    public static String disposition(@Nullable String disposition) {
        if (disposition == null) {
            return Messages.t("clinic.disposition.none");
        }
        return KNOWN_DISPOSITIONS.contains(disposition) ? Messages.t("clinic.disposition." + disposition) : disposition;
    }

    public static String status(ContactStatus status) {
        return Messages.t("clinic.status." + status.name());
    }

    /** What someone did with the person's data, as a sentence's verb phrase. */
    public static String action(AccessAction action) {
        return Messages.t("clinic.action." + action.name());
    }

    /** Why a routine run ended: finished, or the stop reason in words. */
    public static String stop(@Nullable StopReason reason) {
        return Messages.t(reason == null ? "clinic.stop.finished" : "clinic.stop." + reason.name());
    }

    /** An instant as the reader's clock shows it, in the reader's language (English as in the UK). */
    public static String when(Instant at, ZoneId zone) {
        Locale locale = Messages.SPANISH.equals(Messages.locale()) ? Messages.SPANISH : Locale.UK;
        return DateTimeFormatter.ofPattern(Messages.t("clinic.when.format"), locale)
                .format(at.atZone(zone));
    }

    /** Rule ids joined for reading, or a word for none. */
    public static String rules(List<String> rules) {
        return rules.isEmpty() ? Messages.t("clinic.rules.none") : String.join(", ", rules);
    }
}
