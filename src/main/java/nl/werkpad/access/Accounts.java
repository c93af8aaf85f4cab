package nl.werkpad.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accounts of this Werkpad: what other modules and the start-up tasks may do with them. */
public interface Accounts {

    Account create(NewAccount account);

    Optional<Account> byUsername(String username);

    Optional<Account> byId(UUID id);

    List<Account> all();

    boolean anyWithRole(Role role);

    /** Sets a new password; with {@code mustChange} the person has to replace it at next log-in. */
    void setPassword(UUID accountId, String rawPassword, boolean mustChange);

    /** Lifts every wait on this account after too many wrong passwords (at any address). */
    void unlock(UUID accountId);

    /** Log-in counters that wait now or counted a wrong password in the last day, newest first. */
    List<LoginCounter> loginCounters();

    /** An administrator lifts one counter (e.g. an office address that mistyped too often). */
    void liftLoginCounter(String scope, String key);
}
