/**
 * The exercise and education model ({@link org.spinewise.library.Library}, plain Java, read by the
 * planner); {@code data} loads and validates the YAML, {@code web} serves it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "datafile"})
package org.spinewise.library;
