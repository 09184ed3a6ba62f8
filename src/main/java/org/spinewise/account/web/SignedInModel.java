package org.spinewise.account.web;

import org.spinewise.account.CurrentPerson;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tells every rendered page whether a person is signed in ({@code signedIn}): the layout links to
 * "Your page" or "Sign in", and the routine page's player keeps runs in the account too. An
 * interceptor, so API requests do not pay for it (see {@code site.CsrfTokenModel}).
 */
@Configuration(proxyBeanMethods = false)
class SignedInModel implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || page.getViewName() != null && page.getViewName().startsWith("redirect:")) {
            return; // no page to render, or a redirect whose model would become query parameters
        }
        page.addObject("signedIn", CurrentPerson.find().isPresent());
    }
}
