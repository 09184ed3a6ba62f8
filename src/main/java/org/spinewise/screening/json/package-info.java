/**
 * The screening as the API's JSON speaks it: the strict request reader and the response shape. A named
 * interface, since the planner (whose requests embed a screening) and the screening history read and
 * answer screenings the same way; kept out of the screening's core, which stays plain Java.
 */
@org.springframework.modulith.NamedInterface("json")
@NullMarked
package org.spinewise.screening.json;

import org.jspecify.annotations.NullMarked;
