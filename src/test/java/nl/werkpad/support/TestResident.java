package nl.werkpad.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;

/** A resident for a test: a fresh account with a passport of their own, made through the passport facade. */
public record TestResident(TestAccounts.TestAccount account, SignedInUser user, UUID person) {

    /** A job seeker living in the municipality, travelling up to 30 km, with an empty passport. */
    public static TestResident create(TestAccounts accounts, Passports passports, String name, String municipality) {
        return of(accounts.with(Role.INWONER, name), passports, municipality, 30);
    }

    /** The account's own passport: a job seeker living in the municipality, travelling up to {@code travelKm}. */
    public static TestResident of(
            TestAccounts.TestAccount account, Passports passports, String municipality, int travelKm) {
        SignedInUser user = signedIn(account, Role.INWONER);
        UUID person = passports
                .create(passport(account.displayName(), municipality, travelKm, LabourMarketStatus.JOB_SEEKER), user)
                .personId();
        return new TestResident(account, user, person);
    }

    /** The least a passport holds: a name, where one lives, how far one travels and one's status; no skills. */
    public static PassportInput passport(String name, String municipality, int travelKm, LabourMarketStatus status) {
        return new PassportInput(
                name, municipality, travelKm, status, null, null, List.of(), true, List.of(), List.of(), List.of());
    }

    /** The account as signed in with the role. */
    public static SignedInUser signedIn(TestAccounts.TestAccount account, Role role) {
        return new SignedInUser(account.id(), account.username(), account.displayName(), Set.of(role));
    }
}
