package org.spinewise.account.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.Account;
import org.spinewise.account.SignedInPerson;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Starts and ends signed-in sessions: a fresh session id and a fresh CSRF
 * token at every sign-in, and every session of a person ended when their
 * account goes.
 */
@Component
@RequiredArgsConstructor
class SignIns {

    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final SecurityContextRepository contexts;
    private final CsrfTokenRepository csrf;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

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
        // a fresh token, made for the new session: the one sent with this request was made for no session
        CsrfToken token = csrf.generateToken(request);
        csrf.saveToken(token, request, response);
        request.setAttribute(CsrfToken.class.getName(), token);
        request.setAttribute(token.getParameterName(), token);
    }

    void end(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        csrf.saveToken(null, request, response); // as the page sign-out does: the token was the session's
    }

    void endEverywhere(SignedInPerson person, HttpServletRequest request, HttpServletResponse response) {
        end(request, response);
        endAll(person.accountId());
    }

    /** Ends every session of the account (after a password reset, made from any browser). */
    void endAll(UUID accountId) {
        sessions.findByPrincipalName(accountId.toString()).keySet().forEach(sessions::deleteById);
    }

    /**
     * Keeps this browser signed in under a fresh session id and ends every other session of the person (after
     * a password change: whoever knew the old one is out).
     */
    void stayOnlyHere(Account account, HttpServletRequest request, HttpServletResponse response) {
        Set<String> here = renew(account, request, response);
        sessions.findByPrincipalName(account.id().toString()).keySet().stream()
                .filter(id -> !here.contains(id))
                .forEach(sessions::deleteById);
    }

    /**
     * This browser and every other session of the person from now on act with the account as it now is (its
     * email and time zone, which the session keeps).
     */
    void refresh(Account account, HttpServletRequest request, HttpServletResponse response) {
        refreshOthers(sessions, account, renew(account, request, response));
    }

    /**
     * Signs this browser in again with the account as it now is. @return this browser's session ids, before
     * and after: the store still holds it under the old one until the request ends, and it must not be touched
     */
    private Set<String> renew(Account account, HttpServletRequest request, HttpServletResponse response) {
        HttpSession before = request.getSession(false);
        String old = before == null ? "" : before.getId();
        establish(account, request, response);
        return Set.copyOf(List.of(old, request.getSession().getId()));
    }

    private static <S extends Session> void refreshOthers(
            FindByIndexNameSessionRepository<S> store, Account account, Set<String> here) {
        var person = new SignedInPerson(account.id(), account.email(), account.timeZone());
        store.findByPrincipalName(account.id().toString()).forEach((id, session) -> {
            if (here.contains(id)
                    || !(session.getAttribute(CONTEXT) instanceof SecurityContext context)
                    || context.getAuthentication() == null) {
                return;
            }
            var updated = SecurityContextHolder.createEmptyContext();
            updated.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    person, null, context.getAuthentication().getAuthorities()));
            session.setAttribute(CONTEXT, updated);
            store.save(session);
        });
    }
}
