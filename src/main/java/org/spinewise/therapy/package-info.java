/**
 * A signed-in person's heat and cold sessions ({@link org.spinewise.therapy.TherapySession}, plain
 * Java, and its repository). Its {@code web} package serves the coach page and
 * {@code /api/v1/therapy-sessions}, within the library's therapy limits and the rule book's cautions.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "api", "library", "screening", "system"})
@NullMarked
package org.spinewise.therapy;

import org.jspecify.annotations.NullMarked;
