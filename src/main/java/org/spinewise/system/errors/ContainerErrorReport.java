package org.spinewise.system.errors;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.spinewise.system.security.SecurityHeaders;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.PermissionsPolicyHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.XXssProtectionHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;

/**
 * The answer Tomcat itself gives to a request it refuses before Spinewise sees it (an address it cannot
 * decode, such as {@code /library/%zz}): Tomcat's own error page came without the security headers that
 * every other answer carries, and as HTML even under {@code /api/}. This one carries the same security headers
 * as {@link SecurityHeaders} and Spring Security's defaults, and is problem+json under {@code /api/}, a short page
 * elsewhere. It shows no server details and no stack trace, as Boot's configuration of Tomcat's did.
 */
public final class ContainerErrorReport extends ErrorReportValve {

    /**
     * Spring Security's own header writers, with the values of {@link SecurityHeaders}: its defaults
     * (cache control, nosniff, XSS protection off, HSTS behind TLS) and the policies Spinewise sets.
     */
    private static final List<HeaderWriter> SECURITY_HEADERS = List.of(
            new CacheControlHeadersWriter(),
            new XContentTypeOptionsHeaderWriter(),
            new XXssProtectionHeaderWriter(),
            new HstsHeaderWriter(),
            new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY),
            new ContentSecurityPolicyHeaderWriter(SecurityHeaders.CONTENT_SECURITY_POLICY),
            new ReferrerPolicyHeaderWriter(SecurityHeaders.REFERRER_POLICY),
            new PermissionsPolicyHeaderWriter(SecurityHeaders.PERMISSIONS_POLICY));

    /** Puts this report in the place of Tomcat's on the host, once Boot has configured Tomcat's. */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> containerErrorReport() {
            return factory -> factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ContainerErrorReport());
                host.setErrorReportValveClass(ContainerErrorReport.class.getName());
            });
        }
    }

    public ContainerErrorReport() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // As Tomcat's own report: only an error Tomcat was told of (sendError) and nobody has answered yet.
        if (status < 400 || response.getContentWritten() > 0 || !ioAllowed(response) || !response.setErrorReported()) {
            return;
        }
        secureHeaders(request, response);
        boolean api = String.valueOf(request.getRequestURI()).startsWith("/api/");
        String reason = reason(status);
        try {
            response.setContentType(api ? "application/problem+json" : "text/html");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(api ? problem(status, reason) : page(status, reason));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException gone) {
            // the client left, or the answer can no longer be changed: nothing more to send
        }
    }

    private static boolean ioAllowed(Response response) {
        AtomicBoolean allowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, allowed);
        return allowed.get();
    }

    private static void secureHeaders(Request request, Response response) {
        SECURITY_HEADERS.forEach(writer -> writer.writeHeaders(request, response));
    }

    private static String reason(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static String problem(int status, String reason) {
        return "{\"type\":\"about:blank\",\"title\":\"" + reason + "\",\"status\":" + status + ",\"detail\":\""
                + detail(status) + "\"}";
    }

    private static String page(int status, String reason) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + reason
                + " - Spinewise</title>"
                + "</head><body><h1>" + reason + " (" + status + ")</h1>"
                + "<p>" + detail(status) + "</p>"
                + "<p><a href=\"/\">Go to the Spinewise home page</a></p></body></html>";
    }

    /** This report also answers when Spinewise's own error page fails, so only a 400 blames the request. */
    private static String detail(int status) {
        return status == 400
                ? "The request could not be read: its address or headers are not valid."
                : status >= 500
                        ? "Something went wrong on our side. Please try again in a moment."
                        : "The request could not be answered.";
    }
}
