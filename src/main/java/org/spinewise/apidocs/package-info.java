/**
 * The API's OpenAPI 3.1 document ({@code GET /v3/api-docs}, interop.md) and its page ({@code /docs/api}, served
 * by springdoc's Swagger UI from Spinewise itself). The controllers read JSON with the strict readers of
 * {@code api}, not typed DTOs, so nothing can be inferred: the operations and schemas are data
 * ({@code openapi/*.yaml}) and {@link org.spinewise.apidocs.ApiDocValues} fills in what the code defines, the
 * enums and the limits the readers check, so neither is written twice.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "account",
            "clinic",
            "datafile",
            "journal",
            "library",
            "planner",
            "progress",
            "reminders",
            "screening",
            "search",
            "session",
            "therapy"
        })
@NullMarked
package org.spinewise.apidocs;

import org.jspecify.annotations.NullMarked;
