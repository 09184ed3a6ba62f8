/**
 * The FHIR R4 form of a person's export (interop.md, "FHIR R4 export"): {@link
 * org.spinewise.export.fhir.FhirExport} is the only bean and speaks in plain Java; the HAPI FHIR
 * structures behind it load on the first FHIR export, never at start.
 *
 * <p>Null-marked: a value that may be absent says so with {@code @Nullable}, and NullAway checks it.
 */
@NullMarked
package org.spinewise.export.fhir;

import org.jspecify.annotations.NullMarked;
