package nl.werkpad.matching.engine;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact requests from employers to anonymous candidates (table matching.contact_request). */
@Repository
class ContactRequests {

    record Request(UUID id, UUID vacancyId, UUID personId, UUID organisationId, String message, String status,
                   String sharedName, String sharedContact, java.time.Instant createdAt) {
    }

    private final JdbcClient jdbc;

    ContactRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pseudonym a candidate has for one vacancy: stable, not linkable across vacancies. */
    static String reference(UUID vacancyId, UUID personId) {
        return "K-" + UUID.nameUUIDFromBytes((vacancyId + ":" + personId).getBytes(StandardCharsets.UTF_8)).toString().substring(0, 8).toUpperCase();
    }

    boolean insert(Request r, UUID requestedBy) {
        return jdbc.sql("""
                insert into matching.contact_request (id, vacancy_id, person_id, organisation_id, requested_by, message, status)
                values (?, ?, ?, ?, ?, ?, 'REQUESTED') on conflict (vacancy_id, person_id) do nothing
                """).params(r.id(), r.vacancyId(), r.personId(), r.organisationId(), requestedBy, r.message()).update() == 1;
    }

    Map<UUID, Request> forVacancy(UUID vacancyId) {
        Map<UUID, Request> byPerson = new HashMap<>();
        jdbc.sql("select * from matching.contact_request where vacancy_id = ?").param(vacancyId).query(this::row).list()
                .forEach(r -> byPerson.put(r.personId(), r));
        return byPerson;
    }

    List<Request> forPerson(UUID personId) {
        return jdbc.sql("select * from matching.contact_request where person_id = ? order by created_at desc")
                .param(personId).query(this::row).list();
    }

    Optional<Request> byId(UUID id) {
        return jdbc.sql("select * from matching.contact_request where id = ?").param(id).query(this::row).optional();
    }

    /** Answers a request that is still open; false when it was answered already. */
    boolean answer(UUID id, boolean accept, String name, String contact) {
        return jdbc.sql("""
                update matching.contact_request set status = ?, shared_name = ?, shared_contact = ?, answered_at = now()
                 where id = ? and status = 'REQUESTED'
                """).params(accept ? "ACCEPTED" : "DECLINED", accept ? name : null, accept ? contact : null, id).update() == 1;
    }

    private Request row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Request(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("organisation_id", UUID.class), rs.getString("message"), rs.getString("status"),
                rs.getString("shared_name"), rs.getString("shared_contact"), rs.getTimestamp("created_at").toInstant());
    }
}
