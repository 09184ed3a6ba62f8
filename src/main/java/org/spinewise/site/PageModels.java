package org.spinewise.site;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.spinewise.library.Library;
import org.spinewise.library.Review;
import org.spinewise.screening.RuleBook;
import org.spinewise.system.Messages;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Fills every rendered page's model from the {@link PageModel} beans. An interceptor rather than
 * {@code @ModelAttribute} advices: an advice also ran for every API request (a {@code @RestController}
 * is a {@code @Controller}), a fifth of an anonymous screening's cost under load (docs/load.md).
 */
@Configuration(proxyBeanMethods = false)
class PageModels implements WebMvcConfigurer, HandlerInterceptor {

    private final List<PageModel> models;
    private final Review review;

    /** @param rules with the library, the clinical content; the footer names the older of their reviews */
    PageModels(List<PageModel> models, Library library, RuleBook rules) {
        this.models = models;
        this.review = library.review().on().isBefore(rules.review().on()) ? library.review() : rules.review();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return; // no page to render, or a redirect whose model would become query parameters
        }
        models.forEach(model -> model.addTo(page, request));
        page.addObject(
                "site",
                new Site(
                        Boolean.TRUE.equals(page.getModel().get("signedIn")),
                        review,
                        Messages.language(),
                        otherLanguage(request)));
    }

    /** This page's address (path and query, without {@code lang}) with the language not shown. */
    private static String otherLanguage(HttpServletRequest request) {
        UriComponentsBuilder address = UriComponentsBuilder.fromPath(request.getRequestURI());
        if (request.getQueryString() != null) {
            address.query(request.getQueryString());
        }
        return address.replaceQueryParam("lang", "es".equals(Messages.language()) ? "en" : "es")
                .build()
                .toUriString();
    }

    private static boolean isRedirect(ModelAndView page) {
        return page.getViewName() != null && page.getViewName().startsWith("redirect:");
    }
}
