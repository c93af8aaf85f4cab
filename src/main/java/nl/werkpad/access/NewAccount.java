package nl.werkpad.access;

import java.util.Set;

/**
 * A local account to create.
 *
 * @param mustChangePassword true when the password is a one-time password the person must replace
 */
public record NewAccount(
        String username, String displayName, String password, Set<Role> roles, boolean mustChangePassword) {}
