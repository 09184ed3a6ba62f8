/**
 * Screenings a signed-in person keeps: {@link org.spinewise.history.ScreeningRecord}
 * (the request and its result as JSON text, plain Java) and
 * {@link org.spinewise.history.ScreeningRecordRepository} over {@code screening_record}.
 * It also keeps the routines a signed-in person plans on the routine page
 * ({@link org.spinewise.history.RoutinePlanRecord}), reacting to the planner's
 * {@code RoutinePlanned} and the screening page's {@code ScreeningEvaluated} events,
 * each kept for the account it names. Its {@code web} package serves
 * {@code /api/v1/screening-history}, evaluating with the screening module's engine
 * and its {@code json} reader. The screening core itself stays free of storage.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "api", "planner", "screening", "screening :: json", "system"})
@NullMarked
package org.spinewise.history;

import org.jspecify.annotations.NullMarked;
