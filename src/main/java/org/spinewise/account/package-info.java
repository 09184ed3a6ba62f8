/**
 * Accounts: sign-up, sign-in, deletion ({@link org.spinewise.account.AccountService}) and who a
 * request acts for ({@link org.spinewise.account.CurrentPerson}, {@link org.spinewise.account.SignedInPerson}).
 * Its {@code web} package serves the account pages and {@code /api/v1/account}, {@code /api/v1/me}
 * (account-api.md). How passwords are hashed and which paths need an account is the {@code system}
 * module's.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"api", "site", "system", "system :: session"})
@NullMarked
package org.spinewise.account;

import org.jspecify.annotations.NullMarked;
