package org.spinewise.account.web;

import java.util.List;

import org.spinewise.account.CurrentPerson;
import org.spinewise.account.SignedIn;
import org.spinewise.account.SignedInPerson;
import org.spinewise.api.MarkedArgumentResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a controller take the {@link SignedIn} {@link SignedInPerson} as an argument. Nobody signed in is answered 401
 * ({@link CurrentPerson.NotSignedInException}) before the method runs, so a handler never sees a null
 * person; pages never get that far, as security sends the anonymous to the sign-in page first.
 */
@Configuration(proxyBeanMethods = false)
class SignedInPersonArgument extends MarkedArgumentResolver<SignedIn, SignedInPerson> implements WebMvcConfigurer {

    SignedInPersonArgument() {
        super(SignedIn.class, SignedInPerson.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    protected SignedInPerson resolve(SignedIn mark, NativeWebRequest request) {
        return CurrentPerson.require();
    }
}
