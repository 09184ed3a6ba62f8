package org.spinewise.account.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.account.AccountService;
import org.spinewise.account.CurrentPerson;
import org.spinewise.account.DashboardSections;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.FieldError;
import org.spinewise.api.FormErrors;
import org.spinewise.api.InvalidRequestException;
import org.spinewise.system.Messages;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up, sign-in and the signed-in person's page; the same services as the API. */
@Controller
@RequiredArgsConstructor
class AccountPageController {

    private final AccountService accounts;
    private final SignIns signIns;
    /** In their {@code @Order}: the dashboard's sections first ({@link org.spinewise.account.DashboardOrder}). */
    private final List<DashboardSections> sections;

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("email", "");
        model.addAttribute("timeZone", "UTC");
        model.addAttribute("chosen", false);
        model.addAttribute("errors", Map.of());
        return "account/signup";
    }

    @PostMapping("/signup")
    String signUp(
            @ModelAttribute SignUpForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        for (FieldError problem : accounts.signUpProblems(form.email(), form.password(), form.timeZone())) {
            FormErrors.reject(
                    result,
                    problem.field(),
                    switch (problem.field()) {
                        case "email" -> Messages.t("signup.error.email");
                        case "password" -> Messages.t("signup.error.password", problem.message());
                        default -> Messages.t("signup.error.timeZone");
                    });
        }
        if (!result.hasErrors()) {
            try {
                Account account = accounts.signUp(form.email(), form.password(), form.timeZone());
                signIns.establish(account, request, response);
                return "redirect:/me?welcome";
            } catch (AccountService.EmailTakenException e) {
                FormErrors.reject(result, "email", Messages.t("signup.error.taken"));
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("email", form.email());
        model.addAttribute("timeZone", form.timeZone() == null ? "UTC" : form.timeZone());
        model.addAttribute("chosen", true);
        model.addAttribute("errors", FormErrors.byField(result));
        return "account/signup";
    }

    @GetMapping("/signin")
    String signInForm(
            @RequestParam(name = "continue", required = false) @Nullable String continueTo,
            @RequestParam(name = "reset", required = false) @Nullable String reset,
            Model model) {
        model.addAttribute("reset", reset != null);
        model.addAttribute("email", "");
        model.addAttribute("message", null);
        model.addAttribute("continueTo", ContinueAddress.local(continueTo));
        return "account/signin";
    }

    @PostMapping("/signin")
    String signIn(
            @ModelAttribute SignInForm form,
            @RequestParam(name = "continue", required = false) @Nullable String continueTo,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("continueTo", ContinueAddress.local(continueTo));
        try {
            Account account = accounts.signIn(form.email(), form.password(), request.getRemoteAddr());
            signIns.establish(account, request, response);
            return "redirect:" + ContinueAddress.after(continueTo);
        } catch (AccountService.BadCredentialsException | AccountService.ThrottledException e) {
            response.setStatus(
                    e instanceof AccountService.ThrottledException
                            ? HttpStatus.TOO_MANY_REQUESTS.value()
                            : HttpStatus.UNAUTHORIZED.value());
            if (e instanceof AccountService.ThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            }
            model.addAttribute("email", form.email());
            model.addAttribute("message", e.getMessage());
            return "account/signin";
        } catch (InvalidRequestException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("email", form.email());
            model.addAttribute("message", Messages.t("signin.error.invisible"));
            return "account/signin";
        }
    }

    @GetMapping("/me")
    String me(
            @SignedIn SignedInPerson person,
            @RequestParam(name = "welcome", required = false) @Nullable String welcome,
            Model model) {
        model.addAttribute("welcome", welcome != null);
        model.addAttribute(
                "account", accounts.find(person.accountId()).orElseThrow(CurrentPerson.NotSignedInException::new));
        model.addAttribute(
                "sections",
                sections.stream()
                        .flatMap(source -> source.sectionsFor(person).stream())
                        .toList());
        return "account/me";
    }
}
