package org.spinewise.account.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.Account;
import org.spinewise.account.AccountChanges;
import org.spinewise.account.AccountService;
import org.spinewise.account.CurrentPerson;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The person's account page ({@code /me/account}): change the password, the email (both confirmed by the
 * current password) and the time zone. A refused form says why next to its field, answers 4xx and changes
 * nothing; a change redirects back (a reload repeats nothing).
 */
@Controller
@RequestMapping("/me/account")
@RequiredArgsConstructor
class AccountSettingsPageController {

    private final AccountService accounts;
    private final AccountChanges changes;
    private final SignIns signIns;

    @GetMapping
    String show(
            @SignedIn SignedInPerson person,
            @RequestParam(name = "done", required = false) @Nullable String done,
            Model model) {
        return page(person, null, Map.of(), null, done, model);
    }

    @PostMapping("/{form:" + AccountSettingsForms.Form.PATHS + "}")
    String change(
            @SignedIn SignedInPerson person,
            @PathVariable("form") String path,
            @ModelAttribute AccountSettingsForms.Fields fields,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        AccountSettingsForms.Form form = AccountSettingsForms.Form.at(path);
        if (form.confirmed() && fields.currentPassword().isEmpty()) {
            FormErrors.reject(result, AccountChanges.CURRENT, Messages.t("account.settings.error.current"));
        }
        if (form == AccountSettingsForms.Form.PASSWORD && fields.newPassword().isEmpty()) {
            FormErrors.reject(result, AccountChanges.NEW_PASSWORD, Messages.t("account.settings.error.newPassword"));
        }
        String email = form == AccountSettingsForms.Form.EMAIL ? fields.email() : null;
        return change(
                person,
                form.page,
                result,
                email,
                model,
                response,
                () -> apply(form, fields, person, request, response));
    }

    /** Makes the change one form asks for, and keeps the person's sessions in step with it. */
    private void apply(
            AccountSettingsForms.Form form,
            AccountSettingsForms.Fields fields,
            SignedInPerson person,
            HttpServletRequest request,
            HttpServletResponse response) {
        UUID id = person.accountId();
        String address = request.getRemoteAddr();
        switch (form) {
            case PASSWORD ->
                signIns.stayOnlyHere(
                        changes.changePassword(id, fields.currentPassword(), fields.newPassword(), address),
                        request,
                        response);
            case EMAIL ->
                signIns.refresh(
                        changes.changeEmail(id, fields.currentPassword(), fields.email(), address), request, response);
            case TIME_ZONE -> signIns.refresh(changes.changeTimeZone(id, fields.timeZone()), request, response);
        }
    }

    /** Runs the change unless the form already has problems; a refusal is shown next to its field. */
    private String change(
            SignedInPerson person,
            String form,
            BindingResult result,
            @Nullable String email,
            Model model,
            HttpServletResponse response,
            Runnable change) {
        HttpStatus status = HttpStatus.BAD_REQUEST;
        if (!result.hasErrors()) {
            try {
                change.run();
                return "redirect:/me/account?done=" + form;
            } catch (InvalidRequestException invalid) {
                for (FieldError problem : invalid.errors()) {
                    FormErrors.reject(result, problem.field(), fieldMessage(problem));
                }
            } catch (AccountService.WrongPasswordException wrong) {
                status = HttpStatus.FORBIDDEN;
                FormErrors.reject(result, AccountChanges.CURRENT, Messages.t("account.settings.error.wrong"));
            } catch (AccountService.ThrottledException throttled) {
                status = HttpStatus.TOO_MANY_REQUESTS;
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                FormErrors.reject(result, AccountChanges.CURRENT, String.valueOf(throttled.getMessage()));
            } catch (AccountService.EmailTakenException taken) {
                status = HttpStatus.CONFLICT;
                FormErrors.reject(result, AccountChanges.EMAIL, Messages.t("account.settings.error.taken"));
            }
        }
        response.setStatus(status.value());
        return page(person, form, FormErrors.byField(result), email, null, model);
    }

    private static String fieldMessage(FieldError problem) {
        return switch (problem.field()) {
            case AccountChanges.NEW_PASSWORD -> Messages.t("signup.error.password", problem.message());
            case AccountChanges.EMAIL -> Messages.t("signup.error.email");
            default -> Messages.t("account.settings.error.timeZone");
        };
    }

    private String page(
            SignedInPerson person,
            @Nullable String failedForm,
            Map<String, String> errors,
            @Nullable String email,
            @Nullable String done,
            Model model) {
        Account current = accounts.find(person.accountId()).orElseThrow(CurrentPerson.NotSignedInException::new);
        model.addAttribute(
                "page",
                new AccountSettingsPage(current, failedForm, errors, email == null ? current.email() : email, done));
        return "account/settings";
    }
}
