package org.spinewise.account.web;

import org.jspecify.annotations.Nullable;
import org.spinewise.account.AccountService.BadCredentialsException;
import org.spinewise.account.AccountService.EmailTakenException;
import org.spinewise.account.AccountService.ThrottledException;
import org.spinewise.account.AccountService.WrongPasswordException;
import org.spinewise.account.CurrentPerson.NotSignedInException;
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
        return problem(HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(BadCredentialsException.class)
    ResponseEntity<ProblemDetail> badCredentials(BadCredentialsException e) {
        return problem(HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(EmailTakenException.class)
    ResponseEntity<ProblemDetail> emailTaken(EmailTakenException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(WrongPasswordException.class)
    ResponseEntity<ProblemDetail> wrongPassword(WrongPasswordException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ThrottledException.class)
    ResponseEntity<ProblemDetail> throttled(ThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, @Nullable String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
