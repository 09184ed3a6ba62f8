package org.spinewise.system.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

/** {@code ?lang=es} or {@code ?lang=en} on any request chooses the language; other values are ignored. */
final class LanguageChoice implements HandlerInterceptor {

    private final LocaleResolver languages;

    LanguageChoice(LocaleResolver languages) {
        this.languages = languages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Locale chosen = LanguageResolver.parse(request.getParameter(LanguageResolver.COOKIE));
        if (chosen != null) {
            languages.setLocale(request, response, chosen);
        }
        return true;
    }
}
