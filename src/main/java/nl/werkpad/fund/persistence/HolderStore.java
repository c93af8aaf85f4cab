package nl.werkpad.fund.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The holders of development accounts: the name the provider checks, the birth date and the declared target groups. */
@Component
public class HolderStore {

    public record Holder(UUID person, String name, AccountHolder facts) {}

    private final JdbcClient jdbc;

    HolderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Holder> holder(UUID person) {
        return jdbc.sql(HOLDER)
                .param("person", person)
                .query(HolderStore::holder)
                .optional();
    }

    /** The holder, read with the trip's other statements. */
    public Supplier<Optional<Holder>> holder(RoundTrip trip, UUID person) {
        var rows = trip.query(HOLDER, new MapSqlParameterSource("person", person), HolderStore::holder);
        return () -> rows.get().stream().findFirst();
    }

    private static final String HOLDER =
            "select person_id, name, birth_date, target_groups from fund.account_holder where person_id = :person";

    private static Holder holder(ResultSet rs, int row) throws SQLException {
        return new Holder(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                new AccountHolder(rs.getObject(3, LocalDate.class), Set.of((String[])
                        rs.getArray(4).getArray())));
    }

    /** Opens the account, or updates the facts of an open one. */
    public void save(UUID person, String name, AccountHolder facts, UUID actor) {
        jdbc.sql("""
                insert into fund.account_holder (person_id, name, birth_date, target_groups, opened_by)
                values (:person, :name, :birth, :groups, :actor)
                on conflict (person_id) do update set name = excluded.name, birth_date = excluded.birth_date,
                    target_groups = excluded.target_groups""")
                .param("person", person)
                .param("name", name)
                .param("birth", facts.birthDate())
                .param("groups", facts.targetGroups().stream().sorted().toArray(String[]::new))
                .param("actor", actor)
                .update();
    }

    public Optional<String> name(UUID person) {
        return jdbc.sql("select name from fund.account_holder where person_id = ?")
                .param(person)
                .query(String.class)
                .optional();
    }

    /** Every person with an open account. */
    public List<UUID> persons() {
        return jdbc.sql("select person_id from fund.account_holder")
                .query(UUID.class)
                .list();
    }
}
