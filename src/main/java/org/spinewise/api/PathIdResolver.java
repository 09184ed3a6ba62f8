package org.spinewise.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.servlet.HandlerMapping;

/** Resolves {@link PathId} parameters: the canonical UUID of {@code {id}}, or a 404 for anything else. */
final class PathIdResolver extends MarkedArgumentResolver<PathId, UUID> {

    static final String VARIABLE = "id";
    private static final int CANONICAL_LENGTH = 36;

    PathIdResolver() {
        super(PathId.class, UUID.class);
    }

    @Override
    protected UUID resolve(PathId kind, NativeWebRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        String text = variables == null ? null : variables.get(kind.variable());
        return Found.id(text, kind.value());
    }

    /**
     * The UUID written in its canonical 36-character form (either case); {@link UUID#fromString} alone would
     * also take shortened groups such as {@code 1-1-1-1-1}, a second spelling of one id.
     */
    static Optional<UUID> parse(@Nullable String text) {
        if (text == null || text.length() != CANONICAL_LENGTH) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equals(text.toLowerCase(Locale.ROOT)) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
