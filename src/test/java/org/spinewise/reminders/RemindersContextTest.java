package org.spinewise.reminders;

import org.spinewise.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the reminder tests: the application with a {@link TestClock} and the {@link StandInPushService}
 * allowed over plain http, and sessions that outlast the clock's jumps. Subclasses add no context configuration, so they share one application.
 */
@Import(TestClock.InContext.class)
public abstract class RemindersContextTest extends ApiTest {

    protected static final StandInPushService PUSH = StandInPushService.SHARED;

    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void standInPushService(DynamicPropertyRegistry properties) {
        properties.add("spinewise.push.insecure-hosts", PUSH::hostPort);
        // these tests move the clock by days between a person's requests; session lifetimes have their own test
        properties.add("spinewise.session.idle-timeout", () -> "3650d");
        properties.add("spinewise.session.absolute-lifetime", () -> "3650d");
    }
}
