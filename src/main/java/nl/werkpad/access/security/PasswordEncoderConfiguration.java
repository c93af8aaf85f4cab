package nl.werkpad.access.security;

import java.util.Map;
import nl.werkpad.access.domain.LoginThrottle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What accounts need with or without a web server: passwords hashed with bcrypt at the configured cost (behind a
 * prefix so that the algorithm can change later without locking anyone out) and the log-in throttle.
 */
@Configuration(proxyBeanMethods = false)
class PasswordEncoderConfiguration {

    private static final String BCRYPT = "bcrypt";

    @Bean
    PasswordEncoder passwordEncoder(AccessProperties properties) {
        int strength = properties.passwordStrength();
        if (strength < 4 || strength > 31) {
            throw new IllegalStateException("werkpad.access.password-strength is " + strength
                    + "; bcrypt's cost goes from 4 to 31 (default 10)");
        }
        // new hashes: bcrypt at the configured cost; existing ones are checked by the algorithm their prefix names
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, new BCryptPasswordEncoder(strength)));
        encoder.setDefaultPasswordEncoderForMatches(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return encoder;
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
