package org.spinewise.account.web;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.Account;
import org.spinewise.account.AccountService;
import org.spinewise.account.CurrentPerson;
import org.spinewise.account.EmailAddresses;
import org.spinewise.account.PasswordPolicy;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.api.JsonApiController;
import org.spinewise.api.JsonBody;
import org.spinewise.api.JsonFields;
import org.spinewise.system.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** Sign-up, sign-in, sign-out, the signed-in person, and deleting an account (account-api.md). */
@JsonApiController("/api/v1")
@RequiredArgsConstructor
class AccountApiController {

    private static final int MAX_PASSWORD_FIELD = 1024;
    private static final int MAX_ZONE = 64;

    private final AccountService accounts;
    private final SignIns signIns;

    record CsrfAnswer(String headerName, String token) {}

    record AccountView(String email, List<String> roles, String timeZone) {
        static AccountView of(Account account) {
            return new AccountView(
                    account.email(),
                    account.roles().stream().map(Enum::name).sorted().toList(),
                    account.timeZone().getId());
        }
    }

    record Me(String email, List<String> roles, String timeZone, Instant createdAt) {}

    /** The raw token (the cookie's value), which the API takes back in the header as it is. */
    @GetMapping("/csrf")
    CsrfAnswer csrf(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new CsrfAnswer("X-XSRF-TOKEN", token.getToken());
    }

    @PostMapping("/account")
    ResponseEntity<AccountView> signUp(InputStream body, HttpServletRequest request, HttpServletResponse response) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(Set.of("email", "password", "timeZone"));
        String emailRead = fields.text("email", EmailAddresses.MAX_LENGTH + 1);
        String passwordRead = fields.text("password", MAX_PASSWORD_FIELD);
        String timeZone = fields.optionalText("timeZone", MAX_ZONE);
        fields.throwIfInvalid();
        // valid: both required texts were read
        String email = Objects.requireNonNull(emailRead);
        String password = Objects.requireNonNull(passwordRead);
        List<FieldError> problems = accounts.signUpProblems(email, password, timeZone);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Account account = accounts.signUp(email, password, timeZone);
        signIns.establish(account, request, response);
        return ResponseEntity.status(HttpStatus.CREATED).body(AccountView.of(account));
    }

    @PostMapping("/session")
    AccountView signIn(InputStream body, HttpServletRequest request, HttpServletResponse response) {
        JsonFields fields = JsonBody.parseObject(body);
        fields.rejectUnknown(Set.of("email", "password"));
        String email = fields.text("email", EmailAddresses.MAX_LENGTH + 1);
        String password = fields.text("password", MAX_PASSWORD_FIELD);
        fields.throwIfInvalid();
        // valid: both required texts were read
        Account account = accounts.signIn(
                Objects.requireNonNull(email), Objects.requireNonNull(password), request.getRemoteAddr());
        signIns.establish(account, request, response);
        return AccountView.of(account);
    }

    @DeleteMapping("/session")
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        signIns.end(request, response);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/me")
    Me me(@SignedIn SignedInPerson person) {
        Account account = accounts.find(person.accountId()).orElseThrow(CurrentPerson.NotSignedInException::new);
        AccountView view = AccountView.of(account);
        return new Me(view.email(), view.roles(), view.timeZone(), account.createdAt());
    }

    @DeleteMapping("/account")
    ResponseEntity<Void> delete(
            @SignedIn SignedInPerson person,
            InputStream body,
            HttpServletRequest request,
            HttpServletResponse response) {
        byte[] bytes = JsonBody.read(body);
        if (bytes.length == 0) {
            throw new InvalidRequestException(
                    List.of(new FieldError("password", Messages.t("account.password.toDelete"))));
        }
        JsonFields fields = JsonBody.parseObject(bytes);
        fields.rejectUnknown(Set.of("password"));
        String password = fields.text("password", PasswordPolicy.MAX_LENGTH * 4);
        fields.throwIfInvalid();
        if (Objects.requireNonNull(password).isEmpty()) { // valid: the required text was read
            throw new InvalidRequestException(List.of(new FieldError("password", Messages.t("api.field.required"))));
        }
        accounts.delete(person.accountId(), password, request.getRemoteAddr());
        signIns.endEverywhere(person, request, response);
        return ResponseEntity.noContent().build();
    }
}
