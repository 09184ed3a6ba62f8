/**
 * The screening rule engine ({@link org.spinewise.screening.ScreeningEngine}, plain Java, part of the
 * safety core) and the {@link org.spinewise.screening.ScreeningEvaluated} event its page publishes.
 * {@code data} compiles {@code rules.yaml}; {@code json} (a named interface) reads and writes screenings
 * as the API does; {@code web} is the HTTP face.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "datafile", "library", "search"})
package org.spinewise.screening;
