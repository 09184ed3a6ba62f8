package org.spinewise.clinic;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The clinic's settings, bound from {@code spinewise.clinic.*}; a bad value stops the start naming it.
 *
 * @param inviteTtl how long an invite code can be used (a Spring duration such as {@code 7d} or {@code PT4S})
 */
@ConfigurationProperties("spinewise.clinic")
public record ClinicSettings(@DefaultValue("7d") Duration inviteTtl) {

    public ClinicSettings {
        if (inviteTtl.isNegative() || inviteTtl.isZero()) {
            throw new IllegalArgumentException(
                    "spinewise.clinic.invite-ttl must be longer than zero, was " + inviteTtl);
        }
    }
}
