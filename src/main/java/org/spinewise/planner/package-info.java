/**
 * The routine planner ({@link org.spinewise.planner.Planner}, plain Java, part of the safety core) and
 * the {@link org.spinewise.planner.RoutinePlanned} event its page publishes. Its {@code web} package
 * serves plans, reading the embedded screening with the screening module's {@code json} interface.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"api", "library", "screening", "screening :: json"})
package org.spinewise.planner;
