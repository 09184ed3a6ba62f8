package org.spinewise.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code spinewise.public-url} as reset links, calendar feeds and the FHIR export read it: spaces and trailing
 * slashes dropped, and empty (or blank) meaning "not set", when the request's own origin is used instead.
 */
class PublicAddressTest {

    @Test
    void aConfiguredAddressWinsOverTheRequestsOrigin() {
        PublicAddress site = new PublicAddress(" https://spinewise.example:8443/clinic// ");

        assertThat(site.configured()).contains("https://spinewise.example:8443/clinic");
        assertThat(site.base("http://attacker.example")).isEqualTo("https://spinewise.example:8443/clinic");
    }

    @Test
    void aBlankAddressIsNotSetAndTheRequestsOriginServes() {
        PublicAddress site = new PublicAddress(" / ");

        assertThat(site.configured()).isEmpty();
        assertThat(site.base("http://localhost:8080/")).isEqualTo("http://localhost:8080");
    }
}
