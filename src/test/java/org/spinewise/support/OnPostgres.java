package org.spinewise.support;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of a Spring test that runs the application on PostgreSQL (the {@code postgres} profile) in a
 * throw-away schema of its own, so runs of different branches never meet in one schema history. Skips with
 * a message where {@code PG_URL} is unset, never in CI ({@link EnabledWithPostgres}). A subclass adds its
 * {@code @SpringBootTest} (or {@code @Nested} subclasses of the H2 suites, which inherit this configuration,
 * so the same cases run on both databases).
 */
@EnabledWithPostgres
@ActiveProfiles("postgres")
// The schema is dropped after the class, so its context (never shared: the schema is its own) is closed then
// too, instead of cleaning expired sessions in a schema that is gone once a minute.
@DirtiesContext
public abstract class OnPostgres {

    @RegisterExtension
    protected static final PostgresSchema database = new PostgresSchema();

    @DynamicPropertySource
    static void freshSchema(DynamicPropertyRegistry properties) {
        database.useForApplication(properties);
    }
}
