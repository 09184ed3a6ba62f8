/**
 * Full-text search over the library: {@link org.spinewise.search.LibrarySearch}
 * (plain Java over an in-memory Lucene index) and its {@link org.spinewise.search.SearchHit}s.
 * Its {@code web} package serves {@code GET /api/v1/search}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"library", "datafile", "api", "system"})
@NullMarked
package org.spinewise.search;

import org.jspecify.annotations.NullMarked;
