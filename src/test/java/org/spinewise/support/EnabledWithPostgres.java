package org.spinewise.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class only where PostgreSQL is configured ({@code PG_URL},
 * {@code PG_USER}, {@code PG_PASSWORD}); skips it with a message elsewhere,
 * but never in CI ({@code CI=true}), where a missing server fails the test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// so a base class (OnPostgres) carries it to its subclasses
@Inherited
@ExtendWith(PostgresCondition.class)
public @interface EnabledWithPostgres {}
