/**
 * The screening rule engine ({@link org.spinewise.screening.ScreeningEngine}, plain Java, part of the
 * safety core) and the {@link org.spinewise.screening.ScreeningEvaluated} event its page publishes.
 * {@code data} compiles {@code rules.yaml}; {@code json} (a named interface) reads and writes screenings
 * as the API does; {@code web} is the HTTP face.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"api", "datafile", "library", "search", "system"})
@NullMarked
package org.spinewise.screening;

import org.jspecify.annotations.NullMarked;
