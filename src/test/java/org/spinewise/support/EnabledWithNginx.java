package org.spinewise.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only where Debian's nginx and openssl are installed ({@value Nginx#EXECUTABLE},
 * {@value Nginx#OPENSSL}); skips it with a message elsewhere, but never in CI ({@code CI=true}), where a
 * missing nginx fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NginxCondition.class)
public @interface EnabledWithNginx {}
