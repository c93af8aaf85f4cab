package nl.werkpad.access.domain;

import java.util.Locale;
import nl.werkpad.shared.Decision;

/** What a password chosen by a person must be: long enough and not their user name. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {}

    public static Decision check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Decision.rejected("password.too-short", "A password has at least " + MIN_LENGTH + " characters");
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            return Decision.rejected("password.contains-username", "A password must not contain the user name");
        }
        return Decision.allowed();
    }
}
