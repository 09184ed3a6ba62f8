package org.spinewise.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.account.AccountService;
import org.spinewise.account.CurrentPerson;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.system.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in person's data page: download everything ({@code GET /api/v1/export}), or delete the
 * account with every record and every session, confirmed by the password (the same service as
 * {@code DELETE /api/v1/account}).
 */
@Controller
@RequiredArgsConstructor
class AccountDataPageController {

    static final String DELETED = "/account-deleted";

    private final AccountService accounts;
    private final SignIns signIns;

    @GetMapping("/me/data")
    String data(@SignedIn SignedInPerson person, Model model) {
        return page(person, model, null);
    }

    @PostMapping("/me/data/delete")
    String delete(
            @SignedIn SignedInPerson person,
            @ModelAttribute DeleteAccountForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (form.password().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(person, model, Messages.t("data.error.password"));
        }
        try {
            accounts.delete(person.accountId(), form.password(), request.getRemoteAddr());
        } catch (AccountService.WrongPasswordException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return page(person, model, Messages.t("data.error.wrong"));
        } catch (AccountService.ThrottledException e) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
            return page(person, model, Messages.t("data.error.stillHere", String.valueOf(e.getMessage())));
        }
        signIns.endEverywhere(person, request, response);
        return "redirect:" + DELETED;
    }

    @GetMapping(DELETED)
    String deleted() {
        return "account/deleted";
    }

    private String page(SignedInPerson person, Model model, @Nullable String error) {
        Account account = accounts.find(person.accountId()).orElseThrow(CurrentPerson.NotSignedInException::new);
        model.addAttribute("account", account);
        model.addAttribute("error", error);
        return "account/data";
    }
}
