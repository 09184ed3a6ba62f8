package org.spinewise.clinic.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.spinewise.clinic.ContactRequests;
import org.spinewise.clinic.ContactStatus;
import org.spinewise.clinic.Links;
import org.spinewise.clinic.PatientSummary;

/** What the clinician's dashboard and requests pages show; times in the reader's own time zone. */
public final class ClinicPages {

    private ClinicPages() {}

    /**
     * @param invite   a code made by this request, shown once; null otherwise
     * @param unlinked whether the page follows ending a patient's link
     */
    public record DashboardPage(
            String clinicName,
            List<PatientSummary> patients,
            List<ContactRequests.Received> openRequests,
            Links.@Nullable Invite invite,
            boolean unlinked,
            ZoneId zone) {

        public String when(Instant at) {
            return ClinicWords.when(at, zone);
        }
    }

    /**
     * @param filter    the status shown, or null for every status
     * @param updated   the id of a request just changed, for the page's confirmation
     * @param failed    the id of the request whose form was refused, with its {@code errors} and {@code values}
     */
    public record RequestsPage(
            String clinicName,
            @Nullable ContactStatus filter,
            List<ContactRequests.Received> requests,
            @Nullable String updated,
            @Nullable String failed,
            Map<String, String> errors,
            Map<String, String> values,
            ZoneId zone) {

        public String when(Instant at) {
            return ClinicWords.when(at, zone);
        }

        /** The filter as a query value, empty for every status. */
        public String filterValue() {
            return filter == null ? "" : filter.name();
        }

        public @Nullable String error(String requestId, String field) {
            return requestId.equals(failed) ? errors.get(field) : null;
        }

        /** The reply to show in a request's form: what was typed when it was refused, else the stored one. */
        public String reply(ContactRequests.Received received) {
            String id = received.request().id().toString();
            if (id.equals(failed) && values.containsKey("reply")) {
                return values.get("reply");
            }
            String stored = received.request().reply();
            return stored == null ? "" : stored;
        }

        /** The statuses a request may move to from where it stands, its own first. */
        public List<ContactStatus> moves(ContactStatus from) {
            return java.util.Arrays.stream(ContactStatus.values())
                    .filter(from::mayMoveTo)
                    .toList();
        }
    }
}
