package nl.werkpad.access.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.NewAccount;
import nl.werkpad.access.Passwords;
import nl.werkpad.access.Role;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupNote;
import nl.werkpad.shared.startup.StartupTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first start of a real deployment creates one administrator, {@code beheerder}: with the password
 * in WERKPAD_ADMIN_PASSWORD, or else a one-time password printed once that must be changed at log-in.
 */
@Component
class AdministratorBootstrap implements StartupTask, StartupNote {

    static final String USERNAME = "beheerder";
    private final Accounts accounts;
    private final WerkpadProperties werkpad;
    private final String configuredPassword;
    private final List<String> note = new ArrayList<>();

    AdministratorBootstrap(
            Accounts accounts,
            WerkpadProperties werkpad,
            @Value("${werkpad.access.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.werkpad = werkpad;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public Phase phase() {
        return Phase.ACCOUNTS;
    }

    @Override
    public void run() {
        if (werkpad.mode() != WerkpadProperties.Mode.START || accounts.anyWithRole(Role.BEHEERDER)) {
            return;
        }
        boolean oneTime = configuredPassword.isBlank();
        String password = oneTime ? Passwords.generate() : configuredPassword;
        accounts.create(new NewAccount(USERNAME, "Beheerder", password, Set.of(Role.BEHEERDER), oneTime));
        note.add("Beheerder aangemaakt / administrator created: " + USERNAME);
        note.add(
                oneTime
                        ? "Eenmalig wachtwoord (wordt niet opnieuw getoond) / one-time password: " + password
                        : "Wachtwoord: uit WERKPAD_ADMIN_PASSWORD");
    }

    @Override
    public List<String> lines() {
        return note;
    }
}
