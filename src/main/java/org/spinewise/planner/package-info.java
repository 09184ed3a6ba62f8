/**
 * The routine planner ({@link org.spinewise.planner.Planner}, plain Java, part of the safety core) and
 * the {@link org.spinewise.planner.RoutinePlanned} event its page publishes. Its {@code web} package
 * serves plans, reading the embedded screening with the screening module's {@code json} interface.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"api", "library", "screening", "screening :: json", "system"})
@NullMarked
package org.spinewise.planner;

import org.jspecify.annotations.NullMarked;
