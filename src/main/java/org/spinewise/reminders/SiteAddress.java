package org.spinewise.reminders;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.system.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of Spinewise itself (the feed, the desk routine): from {@code spinewise.public-url} when
 * set, else from where the request came (forwarded headers count only as the server trusts its proxies).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class SiteAddress {

    public static final String DESK_ROUTINE = "/routine/desk";

    private final PublicAddress site;

    /** The site's base address, without a trailing slash. */
    public String base(String requestOrigin) {
        return site.base(requestOrigin);
    }

    public String deskRoutine(String requestOrigin) {
        return base(requestOrigin) + DESK_ROUTINE;
    }
}
