/**
 * A signed-in person's journal: daily check-ins ({@link org.spinewise.journal.CheckIns}) and the
 * cracking log with its guardrails ({@link org.spinewise.journal.Cracks},
 * {@link org.spinewise.journal.CrackAdvisor}). Every read and write is scoped to one account; the
 * rows go with the account ({@code ON DELETE CASCADE}). Its {@code web} package serves
 * {@code /api/v1/checkins} and {@code /api/v1/cracks} (account-api.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "api", "library", "system"})
@NullMarked
package org.spinewise.journal;

import org.jspecify.annotations.NullMarked;
