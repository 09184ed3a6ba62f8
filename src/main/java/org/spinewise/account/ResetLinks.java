package org.spinewise.account;

import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.spinewise.system.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a reset link. An emailed link is built from {@code spinewise.public-url} alone,
 * never from a request's Host header, which whoever asks for the email writes (and could point at their own
 * site to catch the token); an administrator's page may fall back to its own request's origin.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ResetLinks {

    public static final String PATH = "/password/reset";
    public static final String TOKEN = "token";

    private final PublicAddress site;

    /** The configured site address, when there is one. */
    public Optional<String> publicUrl() {
        return site.configured();
    }

    /** The link from the configured address, or from {@code requestOrigin} (an administrator's own request). */
    public String link(String token, String requestOrigin) {
        return site.base(requestOrigin) + PATH + "?" + TOKEN + "=" + token;
    }
}
