package nl.werkpad.access.security;

import nl.werkpad.access.domain.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What accounts need with or without a web server: passwords hashed with bcrypt (behind a prefix so that
 * the algorithm can change later without locking anyone out) and the log-in throttle.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoderConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LoginThrottle loginThrottle(AccessProperties properties) {
        AccessProperties.Lockout l = properties.lockout();
        return new LoginThrottle(
                l.perAccountAtAddress(),
                l.perAddress(),
                l.perAccount(),
                l.firstDelay(),
                l.longestDelay(),
                l.forgetAfter());
    }
}
