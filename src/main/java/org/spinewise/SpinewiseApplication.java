package org.spinewise;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

// Sign-in is Spinewise's own (account module): no generated in-memory user.
@SpringBootApplication(
        excludeName = "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration")
public class SpinewiseApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpinewiseApplication.class, args);
    }
}
