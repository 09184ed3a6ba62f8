package org.spinewise.account.web;

import org.junit.jupiter.api.Test;
import org.spinewise.ApiTest;
import org.spinewise.SignInRaceScenario;

/** Sign-in attempts sent all at once never slip past the throttle (H2; again on PostgreSQL by PostgresSignInRaceTest). */
public class SignInRaceApiTest extends ApiTest {

    @Test
    void wrongPasswordsSentAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
        SignInRaceScenario.wrongPasswordsForOneEmailAtOnce(mvc);
    }

    @Test
    void failuresFromOneAddressSentAtOnceAreCheckedNoMoreThanTheLimit() throws Exception {
        SignInRaceScenario.failuresFromOneAddressAtOnce(mvc);
    }
}
