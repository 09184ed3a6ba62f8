/**
 * Strict YAML reading of content files ({@link org.spinewise.datafile.DataFile}), errors naming the
 * file and each offending field. Depends on no other module.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
@NullMarked
package org.spinewise.datafile;

import org.jspecify.annotations.NullMarked;
