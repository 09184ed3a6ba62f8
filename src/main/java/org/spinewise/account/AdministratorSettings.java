package org.spinewise.account;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who administers this installation, bound from {@code spinewise.admin-emails} (environment
 * {@code SPINEWISE_ADMIN_EMAILS}), a comma-separated list. Read at start only, so nobody becomes an
 * administrator by signing up with a listed email before its owner does (clinic-api.md).
 */
@ConfigurationProperties("spinewise")
public record AdministratorSettings(@DefaultValue List<String> adminEmails) {

    public AdministratorSettings {
        adminEmails = List.copyOf(adminEmails);
        for (String email : adminEmails) {
            if (EmailAddresses.characterProblem(email).isPresent()) {
                throw new IllegalArgumentException("spinewise.admin-emails: an email "
                        + EmailAddresses.invisibleMessage() + " (Unicode escapes: "
                        + email.codePoints()
                                .mapToObj(c -> String.format("U+%04X", c))
                                .collect(Collectors.joining(" "))
                        + ")");
            }
        }
    }

    /** The listed emails as accounts compare them: normalised as sign-up does, case ignored, blanks dropped. */
    public Set<String> emailKeys() {
        return adminEmails.stream()
                .map(EmailAddresses::key)
                .filter(email -> !email.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
