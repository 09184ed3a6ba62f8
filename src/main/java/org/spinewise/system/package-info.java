/**
 * What is not a feature (as petclinic-modulith's {@code system}): the clock, and how Spinewise stays
 * safe and answers failures. Its API is {@link org.spinewise.system.DatabaseOutage}, which tells a
 * database out of reach from a fault of ours, and {@link org.spinewise.system.PublicAddress}, the site's
 * configured address; the named interface {@code session} is the sessions' lifetimes. The rest is
 * internal: {@code security} (the filter chains, their headers and the password hashing), {@code session}
 * (the JDBC session store behind an outage-tolerant wrapper) and {@code errors} (the error page, Tomcat's
 * own error report and the guard of answers already sent). It depends on no feature; features do not see
 * its internals.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@NullMarked
package org.spinewise.system;

import org.jspecify.annotations.NullMarked;
