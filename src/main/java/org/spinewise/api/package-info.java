/**
 * What every feature's API shares: strict JSON request reading ({@link org.spinewise.api.JsonBody},
 * {@link org.spinewise.api.JsonFields}), the errors a feature raises for bad input or an unknown id, and
 * their problem+json answers. A database outage is told apart by the {@code system} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"system"})
@NullMarked
package org.spinewise.api;

import org.jspecify.annotations.NullMarked;
