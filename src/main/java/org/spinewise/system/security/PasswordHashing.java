package org.spinewise.system.security;

import java.util.HashMap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed; the account feature only asks for a {@link PasswordEncoder}. */
@Configuration(proxyBeanMethods = false)
class PasswordHashing {

    /**
     * Argon2id for new hashes (no 72-byte limit, unlike bcrypt, so every password the
     * policy accepts is hashed whole); the delegating encoder still reads older formats.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = new HashMap<String, PasswordEncoder>();
        encoders.put("argon2@SpringSecurity_v5_8", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2@SpringSecurity_v5_8", encoders);
    }
}
