/**
 * Installable and offline (pocket.md): the web app manifest's companion, the service worker at {@code /sw.js}
 * with the release's cache version and the public pages it keeps, and the page shown offline when a page
 * needs the network.
 */
@NullMarked
package org.spinewise.site.offline;

import org.jspecify.annotations.NullMarked;
