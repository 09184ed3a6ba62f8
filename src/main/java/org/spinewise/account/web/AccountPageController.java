package org.spinewise.account.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.spinewise.account.Account;
import org.spinewise.account.AccountService;
import org.spinewise.account.CurrentPerson;
import org.spinewise.account.DashboardNotices;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up, sign-in and the signed-in person's page; the same services as the API. */
@Controller
class AccountPageController {

    private final AccountService accounts;
    private final SignIns signIns;
    private final List<DashboardNotices> notices;

    AccountPageController(AccountService accounts, SignIns signIns, List<DashboardNotices> notices) {
        this.notices = notices;
        this.accounts = accounts;
        this.signIns = signIns;
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("errors", Map.of());
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(required = false) String timeZone,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            Account account =
                    accounts.signUp(email, password, timeZone == null || timeZone.isBlank() ? null : timeZone);
            signIns.establish(account, request, response);
            return "redirect:/me?welcome";
        } catch (InvalidRequestException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors()
                    .forEach(error -> errors.putIfAbsent(
                            error.field(),
                            switch (error.field()) {
                                case "email" -> "Enter an email address such as name@example.org.";
                                case "password" -> "This password " + error.message() + ".";
                                default -> "Your time zone could not be read; UTC will do: try again.";
                            }));
            return again(model, response, email, errors);
        } catch (AccountService.EmailTakenException e) {
            return again(
                    model,
                    response,
                    email,
                    Map.of("email", "An account with this email exists already. Sign in instead."));
        }
    }

    @GetMapping("/signin")
    String signInForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("message", null);
        return "account/signin";
    }

    @PostMapping("/signin")
    String signIn(
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            signIns.establish(accounts.signIn(email, password, request.getRemoteAddr()), request, response);
            return "redirect:/me";
        } catch (AccountService.BadCredentialsException | AccountService.ThrottledException e) {
            response.setStatus(
                    e instanceof AccountService.ThrottledException
                            ? HttpStatus.TOO_MANY_REQUESTS.value()
                            : HttpStatus.UNAUTHORIZED.value());
            model.addAttribute("email", email);
            model.addAttribute("message", e.getMessage());
            return "account/signin";
        }
    }

    @GetMapping("/me")
    String me(@RequestParam(name = "welcome", required = false) String welcome, Model model) {
        SignedInPerson person = CurrentPerson.require();
        model.addAttribute("welcome", welcome != null);
        model.addAttribute(
                "account", accounts.find(person.accountId()).orElseThrow(CurrentPerson.NotSignedInException::new));
        model.addAttribute(
                "notices",
                notices.stream()
                        .flatMap(source -> source.noticesFor(person).stream())
                        .toList());
        return "account/me";
    }

    private static String again(Model model, HttpServletResponse response, String email, Map<String, String> errors) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("email", email);
        model.addAttribute("errors", errors);
        return "account/signup";
    }
}
