package org.spinewise.system;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Spinewise's own address as people reach it, bound from {@code spinewise.public-url}: what emailed reset links,
 * calendar feeds and the FHIR export's canonical addresses are built from. Surrounding spaces and trailing
 * slashes are dropped; empty means not set. The record checks itself, so a bad setting stops the start naming it.
 *
 * @param publicUrl the site's absolute http(s) address such as {@code https://spinewise.example}, or empty
 */
@ConfigurationProperties("spinewise")
public record PublicAddress(@DefaultValue("") String publicUrl) {

    public PublicAddress {
        publicUrl = withoutTrailingSlashes(publicUrl.trim());
        if (!publicUrl.isEmpty() && !isSiteAddress(publicUrl)) {
            throw new IllegalArgumentException("spinewise.public-url must be the site's absolute http(s) address"
                    + " such as https://spinewise.example, was '" + publicUrl + "'");
        }
    }

    /** The configured address, when there is one. */
    public Optional<String> configured() {
        return publicUrl.isEmpty() ? Optional.empty() : Optional.of(publicUrl);
    }

    /** The site's base address, without a trailing slash: the configured one, else {@code requestOrigin}. */
    public String base(String requestOrigin) {
        return publicUrl.isEmpty() ? withoutTrailingSlashes(requestOrigin) : publicUrl;
    }

    private static String withoutTrailingSlashes(String address) {
        return address.replaceAll("/+$", "");
    }

    private static boolean isSiteAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
