/**
 * Strict YAML reading of content files ({@link org.spinewise.datafile.DataFile}), errors naming the
 * file and each offending field. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.spinewise.datafile;
