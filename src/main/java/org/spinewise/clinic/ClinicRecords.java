package org.spinewise.clinic;

import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

/** Everything the clinic side keeps about one person, for their export (clinic-api.md, "Export"). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClinicRecords {

    private final Links links;
    private final Assignments assignments;
    private final ContactRequests requests;
    private final AccessLog accessLog;

    /**
     * @param links       current links
     * @param assignments every assignment, ended ones included
     * @param requests    every contact request, newest first
     * @param accessLog   every access-log entry, newest first
     */
    public record Held(
            List<Link> links,
            List<Assignment> assignments,
            List<ContactRequest> requests,
            List<AccessEntry> accessLog) {}

    public Held of(UUID personId) {
        return new Held(
                links.of(personId), assignments.all(personId), requests.ofPerson(personId), accessLog.of(personId));
    }
}
