/**
 * The page shell no feature owns: the home and privacy pages, what every page's layout needs
 * ({@link org.spinewise.site.PageModel}, {@link org.spinewise.site.Site}) and the buffered page rendering.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"library", "screening", "system"})
@NullMarked
package org.spinewise.site;

import org.jspecify.annotations.NullMarked;
