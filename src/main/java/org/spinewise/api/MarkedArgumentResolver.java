package org.spinewise.api;

import java.lang.annotation.Annotation;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Fills a controller's parameters of one type that carry one mark (an annotation), and no others: the mark keeps
 * Spring MVC from filling such a parameter its own way (a request attribute, a principal).
 *
 * @param <M> the mark
 * @param <T> the parameter's type
 */
public abstract class MarkedArgumentResolver<M extends Annotation, T> implements HandlerMethodArgumentResolver {

    private final Class<M> mark;
    private final Class<T> type;

    protected MarkedArgumentResolver(Class<M> mark, Class<T> type) {
        this.mark = mark;
        this.type = type;
    }

    @Override
    public final boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(mark) && parameter.getParameterType() == type;
    }

    @Override
    public final T resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        // supportsParameter let only marked parameters through
        return resolve(Objects.requireNonNull(parameter.getParameterAnnotation(mark)), request);
    }

    /** The value of a parameter that carries {@code mark}, or an exception that answers the request. */
    protected abstract T resolve(M mark, NativeWebRequest request);
}
