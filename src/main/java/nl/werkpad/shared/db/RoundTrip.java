package nl.werkpad.shared.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCallback;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Several SQL statements sent to PostgreSQL together and run one after the other, in the caller's transaction: one
 * network round trip instead of one per statement. The PostgreSQL driver sends the statements of one prepared
 * statement separated by semicolons as one message and reads their results in order.
 *
 * <p>Add statements with {@link #update} and {@link #query}, then {@link #run}; each returns a {@link Result} that
 * holds its answer once the trip has run. The statements run in the order they were added, so the rows they lock are
 * locked in that order. When one fails, the rest do not run and the exception (translated as Spring's
 * {@code JdbcTemplate} does) ends the caller's transaction, as one statement's would.
 *
 * <p>Use it where a request's statements do not depend on each other's answers: on 2 cores a voucher's move spent a
 * third of the database's time and much of its own on sending and receiving statements one by one
 * (docs/benchmarks.md, issue 21 item 3).
 */
public final class RoundTrip {

    /** A statement's answer, known once the trip has run. */
    public static final class Result<T> implements Supplier<T> {
        private T value;
        private boolean known;

        @Override
        public T get() {
            if (!known) {
                throw new IllegalStateException("the round trip has not run yet");
            }
            return value;
        }

        void set(T value) {
            this.value = value;
            this.known = true;
        }
    }

    private record Step(String sql, Object[] args, RowMapper<?> rows, Result<Object> result) {}

    /** Starts round trips on the application's database. */
    @Component
    public static class Start {
        private final JdbcTemplate jdbc;

        Start(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        public RoundTrip trip() {
            return new RoundTrip(jdbc);
        }
    }

    /**
     * The named parameters of each statement, found once: the statements are the stores' constants (a thousand at
     * most are kept, should a caller build its statements).
     */
    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

    private final JdbcTemplate jdbc;
    private final List<Step> steps = new ArrayList<>();

    public RoundTrip(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An insert, update or delete with named parameters; its answer is the number of rows it changed. */
    public Result<Integer> update(String sql, SqlParameterSource params) {
        return add(sql, params, null);
    }

    /** A query (or a statement with RETURNING) with named parameters; its answer is its rows, mapped. */
    public <T> Result<List<T>> query(String sql, SqlParameterSource params, RowMapper<T> rows) {
        return add(sql, params, rows);
    }

    @SuppressWarnings("unchecked")
    private <T> Result<T> add(String sql, SqlParameterSource params, RowMapper<?> rows) {
        if (sql.contains(";")) {
            throw new IllegalArgumentException("one statement per step, without a semicolon: " + sql);
        }
        ParsedSql parsed = PARSED.size() < 1_000
                ? PARSED.computeIfAbsent(sql, NamedParameterUtils::parseSqlStatement)
                : NamedParameterUtils.parseSqlStatement(sql);
        Result<T> result = new Result<>();
        steps.add(new Step(
                NamedParameterUtils.substituteNamedParameters(parsed, params),
                NamedParameterUtils.buildValueArray(parsed, params, null),
                rows,
                (Result<Object>) result));
        return result;
    }

    /** Sends every statement added, in one round trip, and sets their results; nothing happens when there are none. */
    public void run() {
        if (steps.isEmpty()) {
            return;
        }
        String sql = String.join(";\n", steps.stream().map(Step::sql).toList());
        jdbc.execute(sql, (PreparedStatementCallback<Void>) statement -> {
            bind(statement);
            boolean rows = statement.execute();
            for (Step step : steps) {
                if (step.rows() == null) {
                    step.result().set(rows ? -1 : statement.getUpdateCount());
                } else {
                    step.result().set(read(statement, step));
                }
                rows = statement.getMoreResults();
            }
            return null;
        });
        steps.clear();
    }

    private void bind(PreparedStatement statement) throws SQLException {
        int index = 1;
        for (Step step : steps) {
            for (Object arg : step.args()) {
                StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN, arg);
            }
        }
    }

    private static List<Object> read(PreparedStatement statement, Step step) throws SQLException {
        List<Object> rows = new ArrayList<>();
        try (ResultSet rs = statement.getResultSet()) {
            if (rs == null) {
                throw new IllegalStateException("no rows from: " + step.sql());
            }
            while (rs.next()) {
                rows.add(step.rows().mapRow(rs, rows.size()));
            }
        }
        return rows;
    }
}
