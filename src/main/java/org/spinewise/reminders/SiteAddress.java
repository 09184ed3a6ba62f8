package org.spinewise.reminders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Absolute addresses of Spinewise itself (the feed, the desk routine): from {@code spinewise.public-url} when
 * set, else from where the request came (forwarded headers count only as the server trusts its proxies).
 */
@Component
public class SiteAddress {

    public static final String DESK_ROUTINE = "/routine/desk";

    private final String publicUrl;

    SiteAddress(@Value("${spinewise.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.trim().replaceAll("/+$", "");
    }

    /** The site's base address, without a trailing slash. */
    public String base(String requestOrigin) {
        return publicUrl.isEmpty() ? requestOrigin.replaceAll("/+$", "") : publicUrl;
    }

    public String deskRoutine(String requestOrigin) {
        return base(requestOrigin) + DESK_ROUTINE;
    }
}
