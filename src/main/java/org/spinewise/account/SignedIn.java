package org.spinewise.account;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller's {@link SignedInPerson} parameter: the person the request acts for, or a 401 before
 * the method runs when nobody is signed in. The mark is needed because {@code SignedInPerson} is a
 * {@link java.security.Principal}, which Spring MVC would otherwise fill from the request by itself.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface SignedIn {}
