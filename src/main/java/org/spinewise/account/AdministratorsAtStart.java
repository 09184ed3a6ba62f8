package org.spinewise.account;

import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the {@code ADMIN} role match {@code spinewise.admin-emails} once at every start, before the server
 * takes its first request: listed accounts gain it, every other account loses it. Stored emails are brought
 * into their normal form first ({@link StoredEmails}).
 */
@Component
@EnableConfigurationProperties(AdministratorSettings.class)
@RequiredArgsConstructor
class AdministratorsAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdministratorsAtStart.class);

    private final AccountRepository accounts;
    private final StoredEmails emails;
    private final AdministratorSettings settings;
    private final TransactionTemplate transaction;

    @Override
    public void afterSingletonsInstantiated() {
        emails.normalise(); // first, so that a listed email finds its account in the form stored before
        Set<String> keys = settings.emailKeys();
        int administrators = transaction.execute(status -> accounts.setAdministrators(keys));
        log.info(
                "{} of the {} email(s) in spinewise.admin-emails belong to an account, which now holds ADMIN",
                administrators,
                keys.size());
    }
}
