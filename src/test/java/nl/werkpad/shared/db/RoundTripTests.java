package nl.werkpad.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Several statements in one round trip: run in order, each with its own answer, all or nothing in a transaction. */
@WerkpadTest
class RoundTripTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void table() {
        jdbc.execute("create table if not exists public.round_trip_test (id int primary key, n bigint not null)");
        jdbc.execute("truncate public.round_trip_test");
        jdbc.update("insert into public.round_trip_test values (1, 10), (2, 20)");
    }

    @Test
    void runsStatementsInOrderAndAnswersEach() {
        RoundTrip trip = new RoundTrip(jdbc);
        var added = trip.update(
                "update public.round_trip_test set n = n + :by where id = any(:ids::int[])",
                new MapSqlParameterSource("by", 5).addValue("ids", new Integer[] {1, 2}));
        var none = trip.update(
                "update public.round_trip_test set n = 0 where id = :id", new MapSqlParameterSource("id", 99));
        var read = trip.query(
                "select id, n from public.round_trip_test where n >= :least order by id",
                new MapSqlParameterSource("least", 20L),
                (rs, i) -> rs.getInt(1) + "=" + rs.getLong(2));
        var inserted = trip.query(
                "insert into public.round_trip_test values (:id, :n) returning n * 2",
                new MapSqlParameterSource("id", 3).addValue("n", 7L),
                (rs, i) -> rs.getLong(1));
        assertThatThrownBy(added::get).isInstanceOf(IllegalStateException.class);

        trip.run();

        assertThat(added.get()).isEqualTo(2);
        assertThat(none.get()).isZero();
        // the query ran after the update: it sees 15 and 25
        assertThat(read.get()).containsExactly("2=25");
        assertThat(inserted.get()).containsExactly(14L);
    }

    @Test
    void aFailingStatementLeavesNothingWrittenInItsTransaction() {
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    RoundTrip trip = new RoundTrip(jdbc);
                    trip.update("update public.round_trip_test set n = 99 where id = 1", new MapSqlParameterSource());
                    trip.update("insert into public.round_trip_test values (2, 0)", new MapSqlParameterSource());
                    trip.update("update public.round_trip_test set n = 99 where id = 2", new MapSqlParameterSource());
                    trip.run();
                }))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(jdbc.queryForList("select n from public.round_trip_test order by id", Long.class))
                .containsExactly(10L, 20L);
    }

    @Test
    void refusesTwoStatementsInOneStep() {
        RoundTrip trip = new RoundTrip(jdbc);
        assertThatThrownBy(() -> trip.update("select 1; select 2", new MapSqlParameterSource()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
