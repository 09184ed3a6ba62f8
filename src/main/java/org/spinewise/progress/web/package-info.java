/**
 * The progress page and API. Its {@code charts} interface ({@link org.spinewise.progress.web.ProgressPage}'s
 * chart of pain and stiffness) is drawn by other pages too, such as a clinic's patient page.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@NullMarked
@org.springframework.modulith.NamedInterface("charts")
package org.spinewise.progress.web;

import org.jspecify.annotations.NullMarked;
