package org.spinewise.clinic;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;
import org.spinewise.planner.AssignedItem;

/** The clinic's JSON shapes (clinic-api.md), shared by the API and the export. */
public final class ClinicViews {

    private ClinicViews() {}

    public record ClinicView(String id, String name) {
        public static ClinicView of(Clinic clinic) {
            return new ClinicView(clinic.id().toString(), clinic.name());
        }
    }

    public record LinkView(String id, ClinicView clinic, Instant since) {
        public static LinkView of(Link link) {
            return new LinkView(link.id().toString(), ClinicView.of(link.clinic()), link.since());
        }
    }

    public record AssignmentView(
            String id,
            String title,
            List<AssignedItem> items,
            String note,
            Instant createdAt,
            ClinicView clinic,
            boolean active) {
        public static AssignmentView of(Assignment a) {
            return new AssignmentView(
                    a.id().toString(),
                    a.title(),
                    a.items(),
                    a.note(),
                    a.createdAt(),
                    ClinicView.of(a.clinic()),
                    a.active());
        }
    }

    public record ScreeningSent(String id, Instant at, String disposition, List<String> firedRules) {
        public static @Nullable ScreeningSent of(ContactRequest.@Nullable SentScreening s) {
            return s == null ? null : new ScreeningSent(s.id().toString(), s.at(), s.disposition(), s.firedRules());
        }
    }

    /** A request as the person sees it. */
    public record ContactRequestView(
            String id,
            ClinicView clinic,
            String status,
            String message,
            @Nullable String preferredContact,
            @Nullable ScreeningSent screening,
            Instant createdAt,
            @Nullable String reply) {
        public static ContactRequestView of(ContactRequest r) {
            return new ContactRequestView(
                    r.id().toString(),
                    ClinicView.of(r.clinic()),
                    r.status().name(),
                    r.message(),
                    r.preferredContact(),
                    ScreeningSent.of(r.screening()),
                    r.createdAt(),
                    r.reply());
        }
    }

    /** A request as its clinic sees it: the person's email, and their patient id only when linked. */
    public record ReceivedRequestView(
            @JsonUnwrapped ContactRequestView request,
            String email,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String patientId) {
        public static ReceivedRequestView of(ContactRequests.Received received) {
            UUID patientId = received.patientId();
            return new ReceivedRequestView(
                    ContactRequestView.of(received.request()),
                    received.request().email(),
                    patientId == null ? null : patientId.toString());
        }
    }

    public record AccessEntryView(
            Instant at, String actor, @Nullable ClinicView clinic, String action, String resource) {
        public static AccessEntryView of(AccessEntry e) {
            return new AccessEntryView(
                    e.at(),
                    e.actor(),
                    e.clinic() == null ? null : ClinicView.of(e.clinic()),
                    e.action().name(),
                    e.resource());
        }
    }

    public record ScreeningHeadlineView(String id, Instant at, String disposition) {}

    public record PatientSummaryView(
            String patientId,
            String email,
            Instant linkedAt,
            @Nullable ScreeningHeadlineView latestScreening,
            int runsLast7Days,
            List<String> flags) {
        public static PatientSummaryView of(PatientSummary s) {
            var latest = s.latestScreening();
            return new PatientSummaryView(
                    s.patientId().toString(),
                    s.email(),
                    s.linkedAt(),
                    latest == null
                            ? null
                            : new ScreeningHeadlineView(latest.id().toString(), latest.at(), latest.disposition()),
                    s.runsLast7Days(),
                    s.flags().stream().map(Enum::name).toList());
        }
    }
}
