package org.spinewise.clinic.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.spinewise.account.CurrentPerson;
import org.spinewise.clinic.ClinicAccess;
import org.spinewise.clinic.Clinician;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The role check of every clinic and administration request, made before anything else of the request is
 * read (so a caller without the role gets 403 whatever the path's ids, clinic-api.md "The role check comes
 * first"), against the roles in the database now. A clinic handler takes the checked {@link Clinician} as an
 * argument.
 */
@Configuration(proxyBeanMethods = false)
@RequiredArgsConstructor
class ClinicRoles implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    static final List<String> CLINICIAN_PATHS = List.of("/api/v1/clinic/**", "/clinic", "/clinic/**");
    static final List<String> ADMIN_PATHS = List.of("/api/v1/admin/**", "/admin", "/admin/**");
    private static final String CLINICIAN = ClinicRoles.class.getName() + ".clinician";

    private final ClinicAccess access;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        request.setAttribute(CLINICIAN, access.requireClinician(CurrentPerson.require()));
                        return true;
                    }
                })
                .addPathPatterns(CLINICIAN_PATHS);
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        access.requireAdmin(CurrentPerson.require());
                        return true;
                    }
                })
                .addPathPatterns(ADMIN_PATHS);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Clinician.class;
    }

    @Override
    public Clinician resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        Object checked = request.getAttribute(CLINICIAN, RequestAttributes.SCOPE_REQUEST);
        if (checked instanceof Clinician clinician) {
            return clinician;
        }
        // A clinic handler outside the checked paths would be a wiring mistake; check rather than trust it.
        return access.requireClinician(CurrentPerson.require());
    }
}
