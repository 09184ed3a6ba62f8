/**
 * The exercise and education model ({@link org.spinewise.library.Library}, plain Java, read by the
 * planner); {@code data} loads and validates the YAML, {@code web} serves it.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "datafile", "system"})
@NullMarked
package org.spinewise.library;

import org.jspecify.annotations.NullMarked;
