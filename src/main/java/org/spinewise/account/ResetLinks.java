package org.spinewise.account;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The absolute address of a reset link. An emailed link is built from {@code spinewise.public-url} alone,
 * never from a request's Host header, which whoever asks for the email writes (and could point at their own
 * site to catch the token); an administrator's page may fall back to its own request's origin.
 */
@Component
public class ResetLinks {

    public static final String PATH = "/password/reset";
    public static final String TOKEN = "token";

    private final Optional<String> publicUrl;

    ResetLinks(@Value("${spinewise.public-url:}") String publicUrl) {
        String trimmed = publicUrl.trim().replaceAll("/+$", "");
        this.publicUrl = trimmed.isEmpty() ? Optional.empty() : Optional.of(checked(trimmed));
    }

    /** The configured site address, when there is one. */
    public Optional<String> publicUrl() {
        return publicUrl;
    }

    /** The link from the configured address, or from {@code requestOrigin} (an administrator's own request). */
    public String link(String token, String requestOrigin) {
        return publicUrl.orElse(requestOrigin.replaceAll("/+$", "")) + PATH + "?" + TOKEN + "=" + token;
    }

    private static String checked(String url) {
        try {
            URI uri = new URI(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return url;
            }
        } catch (java.net.URISyntaxException e) {
            // named below
        }
        throw new IllegalArgumentException(
                "spinewise.public-url must be the site's absolute http(s) address such as https://spinewise.example,"
                        + " was '" + url + "'");
    }
}
