package nl.werkpad.fund.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fund's third migration moves every cap's usage row onto shards without losing a cent: the real migration
 * scripts run on a copy of the fund's schema with two counters as version 2 kept them (one row each).
 */
@WerkpadTest
class CapMigrationTests {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    private FundSchemaCopy copy;

    @BeforeEach
    void copy() {
        copy = new FundSchemaCopy("fund_caps", dataSource, jdbc);
    }

    @AfterEach
    void dropCopy() {
        copy.drop();
    }

    @Test
    void anExistingCounterBecomesShardsWhoseUseAndSharesAddUpToIt() {
        copy.migrateTo("2");
        UUID source = UUID.randomUUID();
        UUID provider = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        sql("""
                insert into %s.funding_source (id, code, name, kind, mode, valid_from, valid_until, priority, voucher_valid_days, rules)
                values ('%s', 'oud', 'Oude bron', 'REGIO', 'PER_VOUCHER', '2026-01-01', '2026-12-31', 1, 90, '[]')""".formatted(copy.schema, source));
        sql("""
                insert into %s.usage (source_id, year, subject_kind, subject_id, used_cents, cap_cents) values
                  ('%s', 2026, 'PROVIDER', '%s', 250000, 1000003),
                  ('%s', 2026, 'PERSON', '%s', 40000, 50000)""".formatted(copy.schema, source, provider, source, person));

        copy.migrateTo("latest");

        List<long[]> providerShards = shards(provider);
        assertThat(providerShards).hasSize(16);
        assertThat(providerShards.stream().mapToLong(s -> s[1]).sum())
                .as("used")
                .isEqualTo(250000);
        assertThat(providerShards.getFirst()[1]).as("shard 0 keeps the use").isEqualTo(250000);
        assertThat(providerShards.stream().mapToLong(s -> s[2]).sum())
                .as("shares")
                .isEqualTo(1000003);
        assertThat(providerShards.stream().mapToLong(s -> s[2] - s[1]))
                .as("the room spread in equal parts")
                .containsOnly(750003L / 16, 750003L / 16 + 1);
        assertThat(providerShards).allMatch(s -> s[3] == 1000003);
        assertThat(shards(person)).containsExactly(new long[] {0, 40000, 50000, 50000});
        assertThat(jdbc.sql("select count(*) from %s.usage".formatted(copy.schema))
                        .query(Integer.class)
                        .single())
                .as("the old rows stay for the previous release (expand-only)")
                .isEqualTo(2);
    }

    private List<long[]> shards(UUID subject) {
        return jdbc.sql(
                        "select shard, used_cents, share_cents, cap_cents from %s.usage_shard where subject_id = ? order by shard"
                                .formatted(copy.schema))
                .param(subject)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .list();
    }

    private void sql(String sql) {
        jdbc.sql(sql).update();
    }
}
