package org.spinewise.system.errors;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spinewise.system.DatabaseOutage;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an answer that has already gone out whole when the database goes away after it.
 *
 * <p>Spring Session saves the session as the answer is committed, then once more at the very end of the
 * request, looking the session up again first. When the database is lost in between, that last lookup
 * fails after the client already has its status and body; the servlet container would then append an
 * error page to the answer sent (a {@code 201} followed by a problem) and close the connection under the
 * client's next request. Nothing can change an answer already sent, and the write it reports is stored,
 * so the failure is logged here and the answer left as it went out. Outermost, so it also covers the
 * session filter; any other failure, or one before the answer was committed, goes on as before.
 *
 * <p>It relies on every answer being whole once committed: Spinewise builds answers in memory (pages
 * rendered to bytes, exports zipped in memory) before sending them. An endpoint that streamed rows from
 * the database while sending would need its failures to abort the connection instead, which this guard
 * would hide.
 */
public final class SentAnswerGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SentAnswerGuard.class);

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SentAnswerGuard> sentAnswerGuard() {
            var registration = new FilterRegistrationBean<>(new SentAnswerGuard());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!response.isCommitted() || !DatabaseOutage.caused(failure)) {
                throw failure;
            }
            log.warn(
                    "Database unavailable after the answer to {} {} was sent ({}); the answer stands: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    response.getStatus(),
                    failure.getMessage());
        }
    }
}
