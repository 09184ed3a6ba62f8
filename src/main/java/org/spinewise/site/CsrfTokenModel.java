package org.spinewise.site;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every rendered page the CSRF token its forms must carry ({@code layout/csrf.jte}).
 * An interceptor rather than a {@code @ModelAttribute} advice: an advice also ran for every
 * API request (a {@code @RestController} is a {@code @Controller}), a fifth of an anonymous
 * screening's cost under load, and made a token and its cookie nobody asked for.
 */
@Configuration(proxyBeanMethods = false)
class CsrfTokenModel implements WebMvcConfigurer, HandlerInterceptor {

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
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (token != null) {
            token.getToken(); // loads the deferred token now, so its cookie is set before the page is sent
        }
        page.addObject("csrf", token);
    }
}
