/**
 * The JDBC session store behind an outage-tolerant wrapper. Its named interface {@code session} is {@link
 * org.spinewise.system.session.SessionLifetimes} alone, the settings other modules state to people.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@org.springframework.modulith.NamedInterface("session")
@NullMarked
package org.spinewise.system.session;

import org.jspecify.annotations.NullMarked;
