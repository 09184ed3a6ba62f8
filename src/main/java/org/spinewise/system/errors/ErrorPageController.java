package org.spinewise.system.errors;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.system.DatabaseOutage;
import org.spinewise.system.Messages;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.ObjectMapper;

/**
 * Every error that leaves a handler (an unknown path, a wrong method, a
 * failure in a filter): problem+json under {@code /api/}, a page elsewhere.
 */
@Controller
@RequiredArgsConstructor
class ErrorPageController implements ErrorController {

    /** The statuses with a message of their own ({@code error.page.404}); others say {@code error.page.other}. */
    private static final Set<Integer> PAGE_MESSAGES = Set.of(400, 403, 404, 405);

    private final ObjectMapper json;
    private final ErrorAttributes errors;

    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = status(request);
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path != null && path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setDetail(
                    status.is5xxServerError() ? Messages.t("problem.server.detail") : status.getReasonPhrase() + ".");
            response.setStatus(status.value());
            if (status == HttpStatus.SERVICE_UNAVAILABLE) {
                response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
            }
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return null;
        }
        String message = Messages.t(
                PAGE_MESSAGES.contains(status.value())
                        ? "error.page." + status.value()
                        : status.is5xxServerError() ? "error.page.server" : "error.page.other");
        ModelAndView page =
                new ModelAndView("site/error", Map.of("status", status.value(), "message", message), status);
        return page;
    }

    /** A database outage met outside a controller (the session store, for one) is a 503, not a failure of ours. */
    private HttpStatus status(HttpServletRequest request) {
        if (DatabaseOutage.caused(errors.getError(new ServletWebRequest(request)))) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
