package org.spinewise.history.web;

import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.spinewise.account.AccountRepository;
import org.spinewise.screening.CheckKeeping;
import org.springframework.stereotype.Component;

/** A person's consent to keep their safety checks, held on their account (off until they give it). */
@Component
@RequiredArgsConstructor
class CheckConsent implements CheckKeeping {

    private final AccountRepository accounts;

    @Override
    public boolean consented(UUID accountId) {
        return accounts.keepsChecks(accountId);
    }

    /** The choice made on the page becomes the next check's default. */
    void remember(UUID accountId, boolean keep) {
        accounts.keepChecks(accountId, keep);
    }
}
