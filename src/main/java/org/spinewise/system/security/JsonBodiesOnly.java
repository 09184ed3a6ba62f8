package org.spinewise.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every body sent to the API is JSON and says so: anything else (a {@code text/plain} or form body, which a
 * cross-site form can send without the browser asking first) answers 415 problem+json before a handler reads
 * it. Requests without a body, such as most DELETEs, need no Content-Type.
 */
final class JsonBodiesOnly extends OncePerRequestFilter {

    private final ProblemResponses problems;

    JsonBodiesOnly(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (hasBody(request) && !json(type) && !multipart(type)) {
            problems.write(
                    request,
                    response,
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "Send the body as JSON, with Content-Type: application/json.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    /** Multipart bodies are refused as 400 where they are read (the multipart handling), not here. */
    private static boolean multipart(@Nullable String contentType) {
        return contentType != null && contentType.regionMatches(true, 0, "multipart/", 0, "multipart/".length());
    }

    private static boolean json(@Nullable String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
