package org.spinewise.account.web;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.account.AccountService;
import org.spinewise.account.PasswordResets;
import org.spinewise.api.FormErrors;
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

/**
 * A way back in after a forgotten password: {@code /password/forgot} asks for the email and always answers
 * alike, whether an account has it or not (counted like sign-ins, found or not); the emailed or
 * administrator-issued link opens {@code /password/reset}, where the new password is given twice. A reset ends
 * every session of the person, who then signs in with the new password.
 */
@Controller
@RequiredArgsConstructor
class PasswordResetPageController {

    private final PasswordResets resets;
    private final ResetMail mail;
    private final SignIns signIns;

    @GetMapping("/password/forgot")
    String forgotForm(Model model) {
        return forgot(model, "", null, false);
    }

    @PostMapping("/password/forgot")
    String forgot(
            @ModelAttribute PasswordResetForms.ForgotForm form,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!mail.available()) {
            return forgot(model, "", null, false); // nothing can be sent: the page names the administrator
        }
        String email = form.email().strip();
        if (email.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return forgot(model, "", Messages.t("reset.error.email"), false);
        }
        try {
            resets.request(email, request.getRemoteAddr()).ifPresent(mail::send);
        } catch (AccountService.ThrottledException throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            return forgot(model, form.email(), throttled.getMessage(), false);
        }
        return forgot(model, "", null, true);
    }

    @GetMapping("/password/reset")
    String resetForm(
            @RequestParam(name = "token", required = false) @Nullable String token,
            Model model,
            HttpServletResponse response) {
        String given = token == null ? "" : token;
        if (resets.accountFor(given).isEmpty()) {
            return invalid(model, response);
        }
        return reset(model, given, Map.of());
    }

    @PostMapping("/password/reset")
    String reset(
            @ModelAttribute PasswordResetForms.ResetForm form,
            BindingResult result,
            Model model,
            HttpServletResponse response) {
        if (resets.accountFor(form.token()).isEmpty()) {
            return invalid(model, response);
        }
        Optional<String> problem = resets.passwordProblem(form.token(), form.password());
        problem.ifPresent(why -> FormErrors.reject(result, "password", Messages.t("signup.error.password", why)));
        if (!form.password().equals(form.confirm())) {
            FormErrors.reject(result, "confirm", Messages.t("reset.error.confirm"));
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return reset(model, form.token(), FormErrors.byField(result));
        }
        try {
            Account account = resets.reset(form.token(), form.password());
            signIns.endAll(account.id());
        } catch (PasswordResets.LinkNotValidException usedMeanwhile) {
            return invalid(model, response);
        }
        return "redirect:/signin?reset=done";
    }

    private static String forgotPage(Model model, String email, @Nullable String error, boolean sent) {
        model.addAttribute("email", email);
        model.addAttribute("error", error);
        model.addAttribute("sent", sent);
        return "account/forgot";
    }

    private String forgot(Model model, String email, @Nullable String error, boolean sent) {
        model.addAttribute("mailAvailable", mail.available());
        model.addAttribute("minutes", resets.lifetime().toMinutes());
        return forgotPage(model, email, error, sent);
    }

    private static String reset(Model model, String token, Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "account/reset";
    }

    private static String invalid(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("token", null);
        model.addAttribute("errors", Map.of());
        return "account/reset";
    }
}
