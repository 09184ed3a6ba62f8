/**
 * Guided routine runs a signed-in person keeps: {@link org.spinewise.session.RoutineRun}
 * (plain Java) and {@link org.spinewise.session.RoutineRunRepository} over the
 * {@code routine_run} tables. Its {@code web} package serves {@code /api/v1/routine-runs}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "api", "library", "system"})
@NullMarked
package org.spinewise.session;

import org.jspecify.annotations.NullMarked;
