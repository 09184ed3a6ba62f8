package org.spinewise.api;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.spinewise.system.Messages;

/** Reads an instant from a request's JSON object for {@link JsonFields#instantNotAfter}. */
final class JsonInstants {

    private static final int MAX_INSTANT_TEXT = 64;

    private JsonInstants() {}

    static @Nullable Instant notAfter(JsonFields fields, String name, Instant latest) {
        String text = fields.text(name, MAX_INSTANT_TEXT);
        if (text == null) {
            return null;
        }
        Instant at;
        try {
            at = Instant.parse(text);
        } catch (DateTimeException e) {
            fields.error(name, Messages.t("api.instant.shapeWas", JsonFields.shorten(text)));
            return null;
        }
        if (at.isAfter(latest)) {
            fields.error(name, Messages.t("api.instant.future", text));
            return null;
        }
        if (at.isBefore(TimeLimits.EARLIEST_INSTANT)) {
            fields.error(name, Messages.t("api.instant.tooEarly", TimeLimits.EARLIEST_INSTANT, text));
            return null;
        }
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
