/** Null-marked: a value that may be absent says so with {@code @Nullable}, and the compiler (NullAway) checks it. */
@NullMarked
package org.spinewise.datafile;

import org.jspecify.annotations.NullMarked;
