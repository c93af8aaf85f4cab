package nl.werkpad.access.security;

import java.time.Instant;
import java.util.List;
import nl.werkpad.access.domain.LoginThrottle;

/** The log-in counters of the {@link LoginThrottle}, kept in PostgreSQL so every node of a cluster shares them. */
public interface LoginCounterStore {

    /** The counter, or {@link LoginThrottle.Counter#none} when there is none. */
    LoginThrottle.Counter counter(LoginThrottle.Scope scope, String key);

    /** Counts one wrong password for the key, under a row lock so parallel guesses are all counted. */
    void recordFailure(LoginThrottle.Scope scope, String key, LoginThrottle throttle, Instant now);

    /** Forgets a counter (a good log-in at an address, or an administrator lifting it). */
    void forget(LoginThrottle.Scope scope, String key);

    /** Counters that make a key wait now, or that counted a failure since {@code since}. */
    List<LoginThrottle.Counter> recent(Instant since);
}
