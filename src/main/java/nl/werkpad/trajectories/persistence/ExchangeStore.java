package nl.werkpad.trajectories.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.trajectories.ExchangeStatus;
import nl.werkpad.trajectories.StaffExchange.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The staff-exchange tables: offers, requests and agreements. Decides nothing (the application service does); a list
 * of agreements is one query with its offers and requests joined in.
 */
@Component
public class ExchangeStore {

    public record OfferRow(
            UUID id,
            UUID employer,
            UUID person,
            String occupation,
            int people,
            String municipality,
            LocalDate availableOn,
            String note,
            boolean open) {}

    public record RequestRow(
            UUID id,
            UUID employer,
            String occupation,
            int people,
            String municipality,
            LocalDate neededOn,
            String note,
            boolean open) {}

    public record AgreementRow(
            UUID id,
            OfferRow offer,
            RequestRow request,
            Kind kind,
            LocalDate startsOn,
            LocalDate endsOn,
            int hours,
            int people,
            ExchangeStatus status,
            UUID proposedBy,
            LocalDate endedOn) {}

    /** Whose agreements a list holds: where one of the employers is on either side, or where both sides are. */
    public enum Sides {
        EITHER,
        BOTH
    }

    private static final String AGREEMENTS = """
            select a.id, a.kind, a.starts_on, a.ends_on, a.hours, a.people, a.status, a.proposed_by, a.ended_on,
                   o.id o_id, o.employer_id o_employer_id, o.person_id o_person_id, o.occupation o_occupation, o.people o_people,
                   o.municipality o_municipality, o.available_on o_available_on, o.note o_note, o.open o_open,
                   r.id r_id, r.employer_id r_employer_id, r.occupation r_occupation, r.people r_people,
                   r.municipality r_municipality, r.needed_on r_needed_on, r.note r_note, r.open r_open
            from trajectories.exchange_agreement a
            join trajectories.exchange_offer o on o.id = a.offer_id
            join trajectories.exchange_request r on r.id = a.request_id
            """;

    private final JdbcClient jdbc;

    ExchangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(OfferRow o, UUID actor) {
        jdbc.sql("""
                insert into trajectories.exchange_offer (id, employer_id, person_id, occupation, people, municipality, available_on, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        o.id(),
                        o.employer(),
                        o.person(),
                        o.occupation(),
                        o.people(),
                        o.municipality(),
                        o.availableOn(),
                        o.note(),
                        actor)
                .update();
    }

    public void insert(RequestRow r, UUID actor) {
        jdbc.sql("""
                insert into trajectories.exchange_request (id, employer_id, occupation, people, municipality, needed_on, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        r.id(),
                        r.employer(),
                        r.occupation(),
                        r.people(),
                        r.municipality(),
                        r.neededOn(),
                        r.note(),
                        actor)
                .update();
    }

    public void insert(AgreementRow a) {
        jdbc.sql("""
                insert into trajectories.exchange_agreement (id, offer_id, request_id, kind, starts_on, ends_on, hours, people, status, proposed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        a.id(),
                        a.offer().id(),
                        a.request().id(),
                        a.kind().name(),
                        a.startsOn(),
                        a.endsOn(),
                        a.hours(),
                        a.people(),
                        a.status().name(),
                        a.proposedBy())
                .update();
    }

    public Optional<OfferRow> offer(UUID id) {
        return jdbc.sql("select * from trajectories.exchange_offer where id = ?")
                .param(id)
                .query((rs, n) -> offer(rs, ""))
                .optional();
    }

    public Optional<RequestRow> request(UUID id) {
        return jdbc.sql("select * from trajectories.exchange_request where id = ?")
                .param(id)
                .query((rs, n) -> request(rs, ""))
                .optional();
    }

    public List<OfferRow> offersOf(UUID[] employers) {
        return jdbc.sql("select * from trajectories.exchange_offer where employer_id = any(?) order by created_at desc")
                .param(employers)
                .query((rs, n) -> offer(rs, ""))
                .list();
    }

    public List<RequestRow> requestsOf(UUID[] employers) {
        return jdbc.sql(
                        "select * from trajectories.exchange_request where employer_id = any(?) order by created_at desc")
                .param(employers)
                .query((rs, n) -> request(rs, ""))
                .list();
    }

    /** The open requests of every other employer. */
    public List<RequestRow> openRequestsNotOf(UUID employer) {
        return jdbc.sql("select * from trajectories.exchange_request where open and employer_id <> ?")
                .param(employer)
                .query((rs, n) -> request(rs, ""))
                .list();
    }

    /** Every employer that has offered or asked. */
    public List<UUID> employers() {
        return jdbc.sql("""
                select employer_id from trajectories.exchange_offer
                union select employer_id from trajectories.exchange_request""").query(UUID.class).list();
    }

    public Optional<AgreementRow> agreement(UUID id) {
        return jdbc.sql(AGREEMENTS + "where a.id = ?")
                .param(id)
                .query((rs, n) -> agreement(rs))
                .optional();
    }

    /** The agreements of these employers, newest first, in one query. */
    public List<AgreementRow> agreements(Sides sides, UUID[] employers) {
        String where =
                switch (sides) {
                    case EITHER -> "o.employer_id = any(:orgs) or r.employer_id = any(:orgs)";
                    case BOTH -> "o.employer_id = any(:orgs) and r.employer_id = any(:orgs)";
                };
        return jdbc.sql(AGREEMENTS + "where " + where + " order by a.proposed_at desc")
                .param("orgs", employers)
                .query((rs, n) -> agreement(rs))
                .list();
    }

    /** Moves the agreement on only if it still stands where it was read, so two answers cannot both count. */
    public boolean move(UUID id, ExchangeStatus from, ExchangeStatus to, Instant answeredAt, LocalDate endedOn) {
        return jdbc.sql("""
                update trajectories.exchange_agreement
                set status = :to, answered_at = coalesce(:answered, answered_at), ended_on = coalesce(:ended, ended_on)
                where id = :id and status = :from""")
                        .param("to", to.name())
                        .param("answered", answeredAt == null ? null : Timestamp.from(answeredAt))
                        .param("ended", endedOn)
                        .param("id", id)
                        .param("from", from.name())
                        .update()
                == 1;
    }

    /** Closes a transferred offer once no one is left on it. */
    public void closeOfferIfTaken(UUID offer, int people) {
        jdbc.sql("update trajectories.exchange_offer set open = false where id = ? and people <= ?")
                .params(offer, people)
                .update();
    }

    private static AgreementRow agreement(ResultSet rs) throws SQLException {
        return new AgreementRow(
                rs.getObject("id", UUID.class),
                offer(rs, "o_"),
                request(rs, "r_"),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getInt("hours"),
                rs.getInt("people"),
                ExchangeStatus.valueOf(rs.getString("status")),
                rs.getObject("proposed_by", UUID.class),
                rs.getObject("ended_on", LocalDate.class));
    }

    private static OfferRow offer(ResultSet rs, String p) throws SQLException {
        return new OfferRow(
                rs.getObject(p + "id", UUID.class),
                rs.getObject(p + "employer_id", UUID.class),
                rs.getObject(p + "person_id", UUID.class),
                rs.getString(p + "occupation"),
                rs.getInt(p + "people"),
                rs.getString(p + "municipality"),
                rs.getObject(p + "available_on", LocalDate.class),
                rs.getString(p + "note"),
                rs.getBoolean(p + "open"));
    }

    private static RequestRow request(ResultSet rs, String p) throws SQLException {
        return new RequestRow(
                rs.getObject(p + "id", UUID.class),
                rs.getObject(p + "employer_id", UUID.class),
                rs.getString(p + "occupation"),
                rs.getInt(p + "people"),
                rs.getString(p + "municipality"),
                rs.getObject(p + "needed_on", LocalDate.class),
                rs.getString(p + "note"),
                rs.getBoolean(p + "open"));
    }
}
