package nl.werkpad.access.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Account;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.NewAccount;
import nl.werkpad.access.Role;
import nl.werkpad.access.security.AccountStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcAccounts implements Accounts, AccountStore {

    private static final String SELECT = """
            select a.id, a.username, a.display_name, a.password_hash, a.external_subject, a.enabled,
                   a.must_change_password, a.locked_until, a.last_login_at,
                   coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
              from access.account a left join access.account_role r on r.account_id = a.id
            """;
    private static final String GROUP = " group by a.id";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public Account create(NewAccount account) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into access.account (id, username, display_name, password_hash, must_change_password)
                values (:id, :username, :displayName, :hash, :mustChange)
                """)
                .param("id", id)
                .param("username", account.username())
                .param("displayName", account.displayName())
                .param("hash", passwords.encode(account.password()))
                .param("mustChange", account.mustChangePassword())
                .update();
        replaceRoles(id, account.roles());
        return byId(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> byUsername(String username) {
        return credentials(username).map(Credentials::account);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> byId(UUID id) {
        return jdbc.sql(SELECT + " where a.id = :id" + GROUP)
                .param("id", id)
                .query((rs, n) -> account(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> all() {
        return jdbc.sql(SELECT + GROUP + " order by lower(a.username)")
                .query((rs, n) -> account(rs))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from access.account_role where role = :role)")
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }

    @Override
    public void setPassword(UUID accountId, String rawPassword, boolean mustChange) {
        jdbc.sql("update access.account set password_hash = :hash, must_change_password = :mustChange where id = :id")
                .param("hash", passwords.encode(rawPassword))
                .param("mustChange", mustChange)
                .param("id", accountId)
                .update();
    }

    @Override
    public void unlock(UUID accountId) {
        jdbc.sql("update access.account set locked_until = null, failed_logins = 0 where id = :id")
                .param("id", accountId)
                .update();
        byId(accountId)
                .ifPresent(account ->
                        jdbc.sql("""
                delete from access.login_counter where (scope = 'ACCOUNT' and key = lower(:username))
                   or (scope = 'ACCOUNT_AT_ADDRESS' and starts_with(key, lower(:username) || ' @ '))""").param("username", account.username()).update());
    }

    @Override
    @Transactional(readOnly = true)
    public List<nl.werkpad.access.LoginCounter> loginCounters() {
        return jdbc.sql("""
                select scope, key, failures, blocked_until, last_failure_at from access.login_counter
                where blocked_until > now() or last_failure_at > now() - interval '1 day'
                order by blocked_until desc nulls last, last_failure_at desc limit 500""")
                .query((rs, n) -> new nl.werkpad.access.LoginCounter(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getInt(3),
                        instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5))))
                .list();
    }

    @Override
    public void liftLoginCounter(String scope, String key) {
        jdbc.sql("delete from access.login_counter where scope = ? and key = ?")
                .params(scope, key)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String username) {
        return jdbc.sql(SELECT + " where lower(a.username) = lower(:username)" + GROUP)
                .param("username", username)
                .query((rs, n) -> new Credentials(account(rs), rs.getString("password_hash")))
                .optional();
    }

    @Override
    public void recordSuccess(UUID accountId, Instant now) {
        jdbc.sql(
                        "update access.account set failed_logins = 0, locked_until = null, last_login_at = :now where id = :id")
                .param("now", Timestamp.from(now))
                .param("id", accountId)
                .update();
    }

    @Override
    public Account upsertExternal(String subject, String username, String displayName, Set<Role> roles, Instant now) {
        UUID id = jdbc.sql("""
                insert into access.account (id, username, display_name, external_subject, last_login_at)
                values (:id, :username, :displayName, :subject, :now)
                on conflict (external_subject) do update
                   set display_name = excluded.display_name, last_login_at = excluded.last_login_at
                returning id
                """)
                .param("id", UUID.randomUUID())
                .param("username", username)
                .param("displayName", displayName)
                .param("subject", subject)
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .single();
        replaceRoles(id, roles);
        return byId(id).orElseThrow();
    }

    private void replaceRoles(UUID id, Set<Role> roles) {
        jdbc.sql("delete from access.account_role where account_id = :id")
                .param("id", id)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into access.account_role (account_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }

    private static Account account(ResultSet rs) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : (String[]) rs.getArray("roles").getArray()) {
            roles.add(Role.valueOf(role));
        }
        return new Account(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                rs.getString("display_name"),
                roles,
                rs.getString("external_subject") == null,
                rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"),
                instant(rs.getTimestamp("locked_until")),
                instant(rs.getTimestamp("last_login_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
