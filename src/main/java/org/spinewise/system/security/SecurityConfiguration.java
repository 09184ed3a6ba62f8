package org.spinewise.system.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Two filter chains. The API ({@code /api/**}) answers 401 and 403 as
 * problem+json and takes its CSRF token in the {@code X-XSRF-TOKEN} header;
 * pages redirect to the sign-in page and take the token as a form field. The
 * token lives in a cookie, so anonymous visitors cost no server session.
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

    static final String[] PAGES_FOR_SIGNED_IN = {"/me", "/me/**", "/clinic", "/clinic/**", "/admin", "/admin/**"};

    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return repository;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(
            HttpSecurity http,
            CookieCsrfTokenRepository csrf,
            SecurityContextRepository contexts,
            ProblemResponses problems)
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
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(
                                pathPattern(POST, "/api/v1/screenings"), pathPattern(POST, "/api/v1/plans")))
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
    SecurityFilterChain pages(HttpSecurity http, CookieCsrfTokenRepository csrf, SecurityContextRepository contexts)
            throws Exception {
        SecurityHeaders.applyTo(http);
        return http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(PAGES_FOR_SIGNED_IN)
                        .authenticated()
                        .anyRequest()
                        .permitAll())
                .csrf(c -> c.csrfTokenRepository(csrf))
                .securityContext(context -> context.securityContextRepository(contexts))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/signin")))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                .build();
    }
}
