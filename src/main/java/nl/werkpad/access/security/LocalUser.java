package nl.werkpad.access.security;

import nl.werkpad.access.Account;
import nl.werkpad.access.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A person logged in with a local Werkpad account. */
final class LocalUser extends User implements SignedInUser.Principal {

    private final SignedInUser signedInUser;
    private final boolean mustChangePassword;

    LocalUser(Account account, String passwordHash, boolean mayTry) {
        super(
                account.username(),
                passwordHash,
                account.enabled(),
                true,
                true,
                mayTry,
                account.roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
        this.signedInUser = new SignedInUser(account.id(), account.username(), account.displayName(), account.roles());
        this.mustChangePassword = account.mustChangePassword();
    }

    @Override
    public SignedInUser signedInUser() {
        return signedInUser;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }
}
