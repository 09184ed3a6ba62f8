/**
 * Records each content version the first time it is served and refuses changed content under an old
 * version ({@link org.spinewise.versions.ContentReleaseGuard}), so a {@code rulesVersion} always names
 * one set of rules.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "library", "screening"})
@NullMarked
package org.spinewise.versions;

import org.jspecify.annotations.NullMarked;
