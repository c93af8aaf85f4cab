package nl.werkpad.access.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.werkpad.access.domain.LoginThrottle;
import nl.werkpad.access.security.LoginCounterStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcLoginCounters implements LoginCounterStore {

    private final JdbcClient jdbc;

    JdbcLoginCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public LoginThrottle.Counter counter(LoginThrottle.Scope scope, String key) {
        return jdbc.sql("select * from access.login_counter where scope = ? and key = ?")
                .params(scope.name(), key)
                .query((rs, n) -> row(rs))
                .optional()
                .orElse(LoginThrottle.Counter.none(scope, key));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(LoginThrottle.Scope scope, String key, LoginThrottle throttle, Instant now) {
        jdbc.sql("""
                insert into access.login_counter (scope, key, failures, last_failure_at) values (?, ?, 0, ?)
                on conflict (scope, key) do nothing""").params(scope.name(), key, Timestamp.from(now)).update();
        LoginThrottle.Counter before = jdbc.sql(
                        "select * from access.login_counter where scope = ? and key = ? for update")
                .params(scope.name(), key)
                .query((rs, n) -> row(rs))
                .single();
        LoginThrottle.Counter after =
                throttle.afterFailure(before.failures() == 0 ? LoginThrottle.Counter.none(scope, key) : before, now);
        jdbc.sql(
                        "update access.login_counter set failures = ?, blocked_until = ?, last_failure_at = ? where scope = ? and key = ?")
                .params(
                        after.failures(),
                        after.blockedUntil() == null ? null : Timestamp.from(after.blockedUntil()),
                        Timestamp.from(now),
                        scope.name(),
                        key)
                .update();
    }

    @Override
    @Transactional
    public void forget(LoginThrottle.Scope scope, String key) {
        jdbc.sql("delete from access.login_counter where scope = ? and key = ?")
                .params(scope.name(), key)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoginThrottle.Counter> recent(Instant since) {
        return jdbc.sql("""
                select * from access.login_counter where blocked_until > ? or last_failure_at > ?
                order by blocked_until desc nulls last, last_failure_at desc limit 500""")
                .params(Timestamp.from(since), Timestamp.from(since))
                .query((rs, n) -> row(rs))
                .list();
    }

    private static LoginThrottle.Counter row(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp until = rs.getTimestamp("blocked_until");
        return new LoginThrottle.Counter(
                LoginThrottle.Scope.valueOf(rs.getString("scope")),
                rs.getString("key"),
                rs.getInt("failures"),
                until == null ? null : until.toInstant(),
                rs.getTimestamp("last_failure_at").toInstant());
    }
}
