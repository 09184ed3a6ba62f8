package org.spinewise.api;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinewise.system.DatabaseOutage;
import org.spinewise.system.Messages;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every API failure as RFC 9457 {@code application/problem+json}:
 * 400 with an {@code errors} list for bad input, 404 for unknown ids, and
 * Spring's own problems for wrong methods, media types and paths. Anything
 * unexpected is logged and answered 500 without internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, Messages.t("problem.invalid.detail", String.valueOf(e.getMessage())));
        problem.setTitle(Messages.t("problem.invalid.title"));
        problem.setProperty("errors", e.errors());
        return respond(problem, request);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ResourceNotFoundException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle(Messages.t("problem.notFound.title"));
        return respond(problem, request);
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(Messages.t("problem.forbidden.title"));
        return respond(problem, request);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle(Messages.t("problem.conflict.title"));
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return respond(problem, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        if (DatabaseOutage.caused(e)) {
            return databaseUnavailable(e, request);
        }
        log.error("Unexpected failure answering {}", request.getDescription(false), e);
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, Messages.t("problem.server.detail"));
        problem.setTitle(Messages.t("problem.server.title"));
        return respond(problem, request);
    }

    /**
     * The database cannot be reached: nothing was written, and the client may
     * simply try again shortly. The connection pool reconnects by itself once
     * the database is back.
     */
    private static ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, WebRequest request) {
        log.warn("Database unavailable answering {}: {}", request.getDescription(false), e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, Messages.t("problem.unavailable.detail"));
        problem.setTitle(Messages.t("problem.unavailable.title"));
        ResponseEntity<ProblemDetail> answer = respond(problem, request);
        return ResponseEntity.status(answer.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS)
                .body(answer.getBody());
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, WebRequest request) {
        try {
            problem.setInstance(URI.create(request.getDescription(false).replaceFirst("^uri=", "")));
        } catch (IllegalArgumentException notAUri) {
            // a path the client mangled: the problem stays useful without it
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
