package org.spinewise.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller of the JSON API below the given path. Every API answer is JSON, or problem+json when the
 * request fails, so each endpoint declares both: a client that accepts neither is refused before any handler
 * runs, the same way on every endpoint.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RestController
@RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
public @interface JsonApiController {

    /** The path every handler of the controller is below, such as {@code "/api/v1/cracks"}. */
    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String value();
}
