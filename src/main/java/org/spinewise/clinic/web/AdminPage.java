package org.spinewise.clinic.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.clinic.Administration;
import org.spinewise.library.Review;
import org.spinewise.system.Messages;
import org.spinewise.versions.ContentRelease;

/**
 * What the administrator's page shows.
 *
 * @param done       what the last change did ({@code clinic}, {@code clinician}, {@code removed}), or null
 * @param failedForm the form that was refused: {@code clinic}, {@code reset}, or the id of the clinic whose
 *                   clinician form it was
 * @param resetLink  a password-reset link just issued, shown this once for the administrator to pass on
 */
public record AdminPage(
        List<Administration.ClinicStaff> clinics,
        String rulesVersion,
        Review rulesReview,
        String libraryVersion,
        Review libraryReview,
        List<ContentRelease> releases,
        @Nullable String done,
        @Nullable String failedForm,
        Map<String, String> errors,
        Map<String, String> values,
        @Nullable String resetLink) {

    public @Nullable String error(String form, String field) {
        return form.equals(failedForm) ? errors.get(field) : null;
    }

    public String value(String form, String field) {
        return form.equals(failedForm) ? values.getOrDefault(field, "") : "";
    }

    public String review(Review review) {
        return review.against() == null
                ? Messages.t("clinic.admin.review", review.by(), review.on())
                : Messages.t("clinic.admin.review.against", review.by(), review.on(), review.against());
    }

    public @Nullable String doneMessage() {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "clinic", "clinician", "removed" -> Messages.t("clinic.admin.done." + done);
            default -> null;
        };
    }
}
