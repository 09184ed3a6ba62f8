package org.spinewise.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link java.util.UUID} parameter read from the {@code {id}} path variable. Ids are opaque: one that is
 * not a UUID in its canonical form names nothing, so it answers the same 404 as an unknown id
 * ({@link ResourceNotFoundException}), never a 400 that would tell the two apart.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface PathId {

    /** What the id names, for the 404's message, such as {@code "crack"}. */
    String value();

    /** The path variable that holds the id. */
    String variable() default PathIdResolver.VARIABLE;
}
