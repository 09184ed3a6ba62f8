package org.spinewise.account;

import java.util.List;

/**
 * Something a feature wants a signed-in person to see first on their page,
 * such as advice to see a professional. Features provide beans of this type;
 * the account's page shows what they return, so the account module needs to
 * know none of them.
 */
public interface DashboardNotices {

    /** A notice in words, with the source it rests on and where to read more. */
    record Notice(String message, String source, String link) {}

    List<Notice> noticesFor(SignedInPerson person);
}
