package nl.werkpad.access.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.security.crypto.password.PasswordEncoder;

/** bcrypt's cost: 10 unless configured, applied to new hashes only, so that any older hash still logs in. */
class PasswordStrengthTests {

    private static PasswordEncoder encoder(Map<String, String> properties) {
        AccessProperties access = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("werkpad.access", AccessProperties.class);
        return new PasswordEncoderConfiguration().passwordEncoder(access);
    }

    @Test
    void newHashesUseSpringSecuritysDefaultCostUnlessConfigured() {
        assertThat(encoder(Map.of()).encode("geheim-wachtwoord")).startsWith("{bcrypt}$2a$10$");
        assertThat(encoder(Map.of("werkpad.access.password-strength", "4")).encode("geheim-wachtwoord"))
                .startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void aHashKeepsTheCostItWasMadeWith() {
        String madeAtTen = encoder(Map.of()).encode("geheim-wachtwoord");
        PasswordEncoder cheaper = encoder(Map.of("werkpad.access.password-strength", "4"));
        assertThat(cheaper.matches("geheim-wachtwoord", madeAtTen)).isTrue();
        assertThat(cheaper.matches("ander-wachtwoord", madeAtTen)).isFalse();
    }

    @Test
    void aCostBcryptDoesNotKnowStopsTheStartWithTheRange() {
        assertThatThrownBy(() -> encoder(Map.of("werkpad.access.password-strength", "3")))
                .hasMessageContaining("werkpad.access.password-strength is 3")
                .hasMessageContaining("from 4 to 31");
    }
}
