package org.spinewise.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a browser test class only where Debian's Chromium is installed
 * ({@value Chromium#EXECUTABLE}); skips it with a message elsewhere, but
 * never in CI ({@code CI=true}), where a missing browser fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ChromiumCondition.class)
public @interface EnabledWithChromium {}
