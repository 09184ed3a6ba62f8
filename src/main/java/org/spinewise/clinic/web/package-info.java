/** Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it. */
@NullMarked
package org.spinewise.clinic.web;

import org.jspecify.annotations.NullMarked;
