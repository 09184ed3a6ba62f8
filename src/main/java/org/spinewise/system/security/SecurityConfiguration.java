package org.spinewise.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Two filter chains. The API ({@code /api/**}) answers 401 and 403 as
 * problem+json, takes its CSRF token in the {@code X-XSRF-TOKEN} header only
 * and JSON bodies only; pages redirect to the sign-in page and take the token
 * as a form field. The token lives in a cookie, signed with the session
 * ({@link SessionBoundCsrfTokens}), and no request is saved for after
 * sign-in, so anonymous visitors cost no server session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Paths under /api that need an account; every controller behind them checks the person again. */
    static final String[] API_FOR_SIGNED_IN = {
        "/api/v1/me",
        "/api/v1/me/**",
        "/api/v1/admin/**",
        "/api/v1/clinic/**",
        "/api/v1/checkins/**",
        "/api/v1/cracks/**",
        "/api/v1/routine-runs/**",
        "/api/v1/screening-history/**",
        "/api/v1/progress/**",
        "/api/v1/export/**",
        "/api/v1/therapy-sessions/**"
    };

    static final String[] PAGES_FOR_SIGNED_IN = {
        "/me", "/me/**", "/clinic", "/clinic/**", "/admin", "/admin/**", "/routine/{id:[0-9a-fA-F-]{36}}"
    };

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new SessionBoundCsrfTokens();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http, CsrfTokenRepository csrf, SecurityContextRepository contexts, ProblemResponses problems)
            throws Exception {
        SecurityHeaders.applyTo(http);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(pathPattern(DELETE, "/api/v1/account"))
                        .authenticated()
                        .requestMatchers(API_FOR_SIGNED_IN)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(c -> c.csrfTokenRepository(csrf)
                        .csrfTokenRequestHandler(new HeaderOnlyCsrfTokens())
                        .ignoringRequestMatchers(
                                pathPattern(POST, "/api/v1/screenings"), pathPattern(POST, "/api/v1/plans")))
                .addFilterAfter(new JsonBodiesOnly(problems), CsrfFilter.class)
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(e ->
                        e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, CsrfTokenRepository csrf, SecurityContextRepository contexts)
            throws Exception {
        SecurityHeaders.applyTo(http);
        return http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PAGES_FOR_SIGNED_IN)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(c -> c.csrfTokenRepository(csrf))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(e -> e.authenticationEntryPoint(new SignInFirst()))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                .build();
    }
}
