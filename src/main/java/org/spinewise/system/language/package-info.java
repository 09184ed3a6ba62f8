/** Which language a request is answered in (English or Spanish), and how a person chooses it. */
@NullMarked
package org.spinewise.system.language;

import org.jspecify.annotations.NullMarked;
