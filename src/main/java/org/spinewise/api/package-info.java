/**
 * What every feature's API shares: strict JSON request reading ({@link org.spinewise.api.JsonBody},
 * {@link org.spinewise.api.JsonFields}), the errors a feature raises for bad input or an unknown id, and
 * their problem+json answers, and the shapes every kind of a person's records shares: rows owned by an
 * account ({@link org.spinewise.api.AccountRows}, {@link org.spinewise.api.TimedRows},
 * {@link org.spinewise.api.ClientIdRows}) and the list/read/delete contract their endpoints serve
 * ({@link org.spinewise.api.OwnRecords}). A database outage is told apart by the {@code system} module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"system"})
@NullMarked
package org.spinewise.api;

import org.jspecify.annotations.NullMarked;
