package nl.werkpad.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import nl.werkpad.shared.Decision;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void rejectsShortPasswords() {
        assertThat(PasswordPolicy.check("anna", "kort-11char"))
                .isEqualTo(Decision.rejected("password.too-short", "A password has at least 12 characters"));
    }

    @Test
    void rejectsPasswordsContainingTheUserName() {
        assertThat(PasswordPolicy.check("anna", "ANNA-is-de-beste")).isInstanceOf(Decision.Rejected.class);
    }

    @Test
    void acceptsALongPasswordWithoutTheUserName() {
        assertThat(PasswordPolicy.check("anna", "paard-batterij-niet").isAllowed())
                .isTrue();
    }
}
