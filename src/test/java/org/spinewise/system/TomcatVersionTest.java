package org.spinewise.system;

import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tomcat that serves Spinewise is 11.0.29 or newer: Boot 4.0.7's 11.0.22 has published vulnerabilities
 * (issue 20, point 10; README, "Keeping versions current").
 */
class TomcatVersionTest {

    @Test
    void tomcatIsAtLeastTheFixedRelease() {
        String[] version = ServerInfo.getServerNumber().split("\\.");

        assertThat(Integer.parseInt(version[0])).isEqualTo(11);
        assertThat(Integer.parseInt(version[1])).isZero();
        assertThat(Integer.parseInt(version[2]))
                .as(ServerInfo.getServerNumber())
                .isGreaterThanOrEqualTo(29);
    }
}
