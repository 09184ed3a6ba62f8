package org.spinewise.account.web;

import org.jspecify.annotations.Nullable;
import org.spinewise.account.AccountService.BadCredentialsException;
import org.spinewise.account.AccountService.EmailTakenException;
import org.spinewise.account.AccountService.ThrottledException;
import org.spinewise.account.AccountService.WrongPasswordException;
import org.spinewise.account.CurrentPerson.NotSignedInException;
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

/** Account failures as problem+json, before the API's catch-all sees them. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountExceptionHandler {

    @ExceptionHandler(NotSignedInException.class)
    ResponseEntity<ProblemDetail> notSignedIn(NotSignedInException e) {
        return problem(HttpStatus.UNAUTHORIZED, "account.problem.unauthorized.title", e.getMessage());
    }

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> badCredentials(BadCredentialsException e) {
        return problem(HttpStatus.UNAUTHORIZED, "account.problem.unauthorized.title", e.getMessage());
    }

    @ExceptionHandler(EmailTakenException.class)
    ResponseEntity<ProblemDetail> emailTaken(EmailTakenException e) {
        return problem(HttpStatus.CONFLICT, "problem.conflict.title", e.getMessage());
    }

    @ExceptionHandler(WrongPasswordException.class)
    ResponseEntity<ProblemDetail> wrongPassword(WrongPasswordException e) {
        return problem(HttpStatus.FORBIDDEN, "problem.forbidden.title", e.getMessage());
    }

    @ExceptionHandler(ThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(ThrottledException e) {
        ResponseEntity<ProblemDetail> problem =
                problem(HttpStatus.TOO_MANY_REQUESTS, "account.problem.tooMany.title", e.getMessage());
        return ResponseEntity.status(problem.getStatusCode())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(problem.getBody());
    }

    /** The detail is the exception's, made in the request's language; the title is {@code title}'s message. */
    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(Messages.t(title));
        return ResponseEntity.status(status).body(problem);
    }
}
