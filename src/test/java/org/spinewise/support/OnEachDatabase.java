package org.spinewise.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class once on each database Spinewise supports: H2 in PostgreSQL mode, then PostgreSQL.
 * Its tests (or their {@code @BeforeEach}) take a {@link TestDatabase} parameter. The PostgreSQL run
 * skips with a message where {@code PG_URL} is unset, never in CI ({@link EnabledWithPostgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ClassTemplate
@ExtendWith(EachDatabase.class)
public @interface OnEachDatabase {}
