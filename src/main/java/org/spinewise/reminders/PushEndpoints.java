package org.spinewise.reminders;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The guard that keeps the server from calling arbitrary addresses (reminders-api.md, "Subscriptions"): an
 * endpoint is https on port 443 of an allowed push service, or plain http on a listed {@code host:port}.
 * Checked when a browser subscribes and again before every send.
 */
public final class PushEndpoints {

    private final PushSettings settings;

    public PushEndpoints(PushSettings settings) {
        this.settings = settings;
    }

    /** The endpoint as a URI when it may be called, else null. */
    public @Nullable URI allowed(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            return null;
        }
        if (!uri.isAbsolute()
                || uri.getHost() == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            return null;
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if ("https".equals(scheme)) {
            return (uri.getPort() == -1 || uri.getPort() == 443) && allowedHost(host) ? uri : null;
        }
        if ("http".equals(scheme)) {
            int port = uri.getPort() == -1 ? 80 : uri.getPort();
            return settings.insecureHosts().contains(host + ":" + port) ? uri : null;
        }
        return null;
    }

    private boolean allowedHost(String host) {
        for (String allowed : settings.allowedHosts()) {
            if (allowed.startsWith("*.")) {
                String parent = allowed.substring(1);
                if (host.endsWith(parent) && host.length() > parent.length()) {
                    return true;
                }
            } else if (allowed.equals(host)) {
                return true;
            }
        }
        return false;
    }
}
