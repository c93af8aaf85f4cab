package nl.werkpad.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.werkpad.access.Account;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.NewAccount;
import nl.werkpad.access.Role;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.startup.StartupNote;
import nl.werkpad.shared.startup.StartupTask;
import org.springframework.stereotype.Component;

/**
 * One demo account per role, named after the role in lower case, all with one password: the one in
 * WERKPAD_DEMO_PASSWORD, or else one generated at the first demo start and kept in the data
 * directory, so that every later start can print it again.
 */
@Component
@org.springframework.core.annotation.Order(1)
class DemoAccounts implements StartupTask, StartupNote {

    private static final String PASSWORD_FILE = "demo-password.txt";
    private final Accounts accounts;
    private final WerkpadProperties werkpad;
    private final DemoProperties demo;
    private final List<String> note = new ArrayList<>();

    DemoAccounts(Accounts accounts, WerkpadProperties werkpad, DemoProperties demo) {
        this.accounts = accounts;
        this.werkpad = werkpad;
        this.demo = demo;
    }

    @Override
    public Phase phase() {
        return Phase.DEMO;
    }

    @Override
    public void run() {
        if (!werkpad.isDemo()) {
            return;
        }
        String password = password();
        for (Role role : Role.values()) {
            var existing = accounts.byUsername(role.demoUsername());
            if (existing.isEmpty()) {
                accounts.create(new NewAccount(role.demoUsername(), displayName(role), password, Set.of(role), false));
            } else if (!demo.password().isBlank()) {
                existing.map(Account::id).ifPresent(id -> accounts.setPassword(id, password, false));
            }
        }
        note.add("Demo-accounts / demo log-ins: "
                + String.join(
                        ", ",
                        java.util.Arrays.stream(Role.values())
                                .map(Role::demoUsername)
                                .toList()));
        note.add("Wachtwoord / password: " + password);
    }

    @Override
    public List<String> lines() {
        return note;
    }

    private String password() {
        if (!demo.password().isBlank()) {
            return demo.password();
        }
        Path file = werkpad.dataDir().resolve(PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            String generated = nl.werkpad.access.Passwords.generate();
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated + "\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo password in " + file, e);
        }
    }

    private static String displayName(Role role) {
        return "Demo " + role.demoUsername();
    }
}
