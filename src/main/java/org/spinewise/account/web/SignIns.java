package org.spinewise.account.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.spinewise.account.Account;
import org.spinewise.account.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Starts and ends signed-in sessions: a fresh session id and a fresh CSRF
 * token at every sign-in, and every session of a person ended when their
 * account goes.
 */
@Component
class SignIns {

    private final SecurityContextRepository contexts;
    private final CookieCsrfTokenRepository csrf;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SignIns(
            SecurityContextRepository contexts,
            CookieCsrfTokenRepository csrf,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.contexts = contexts;
        this.csrf = csrf;
        this.sessions = sessions;
    }

    void establish(Account account, HttpServletRequest request, HttpServletResponse response) {
        var person = new SignedInPerson(account.id(), account.email(), account.timeZone());
        List<SimpleGrantedAuthority> authorities = account.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                .toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(person, null, authorities);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a signed-in session never keeps an old id
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        new CsrfAuthenticationStrategy(csrf).onAuthentication(authentication, request, response);
        ((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken(); // writes the new token's cookie now
    }

    void end(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
    }

    void endEverywhere(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        end(request, response);
        sessions.findByPrincipalName(person.getName()).keySet().forEach(sessions::deleteById);
    }
}
