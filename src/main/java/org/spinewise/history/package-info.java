/**
 * Screenings a signed-in person keeps: {@link org.spinewise.history.ScreeningRecord}
 * (the request and its result as JSON text, plain Java) and
 * {@link org.spinewise.history.ScreeningRecordRepository} over {@code screening_record}.
 * Its {@code web} package serves {@code /api/v1/screening-history}, evaluating
 * with the screening module's engine and request reader. The screening core
 * itself stays free of storage.
 */
package org.spinewise.history;
