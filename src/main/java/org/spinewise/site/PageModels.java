package org.spinewise.site;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fills every rendered page's model from the {@link PageModel} beans. An interceptor rather than
 * {@code @ModelAttribute} advices: an advice also ran for every API request (a {@code @RestController}
 * is a {@code @Controller}), a fifth of an anonymous screening's cost under load (docs/load.md).
 */
@Configuration(proxyBeanMethods = false)
class PageModels implements WebMvcConfigurer, HandlerInterceptor {

    private final List<PageModel> models;

    PageModels(List<PageModel> models) {
        this.models = models;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView page) {
        if (page == null || isRedirect(page)) {
            return; // no page to render, or a redirect whose model would become query parameters
        }
        models.forEach(model -> model.addTo(page, request));
    }

    private static boolean isRedirect(ModelAndView page) {
        return page.getViewName() != null && page.getViewName().startsWith("redirect:");
    }
}
