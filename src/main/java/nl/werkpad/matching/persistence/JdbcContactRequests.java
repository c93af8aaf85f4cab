package nl.werkpad.matching.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.matching.engine.ContactRequests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Contact requests in matching.contact_request. */
@Repository
class JdbcContactRequests implements ContactRequests {

    private final JdbcClient jdbc;

    JdbcContactRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    @Override
    public Map<UUID, String> references(UUID vacancyId, java.util.Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        UUID[] persons = personIds.toArray(UUID[]::new);
        String[] fresh = personIds.stream().map(p -> fresh()).toArray(String[]::new);
        jdbc.sql("""
                insert into matching.candidate_reference (vacancy_id, person_id, reference)
                select ?, p, r from unnest(?::uuid[], ?::text[]) as x(p, r) on conflict do nothing""").params(vacancyId, persons, fresh).update();
        Map<UUID, String> byPerson = new HashMap<>();
        jdbc.sql(
                        "select person_id, reference from matching.candidate_reference where vacancy_id = ? and person_id = any(?)")
                .params(vacancyId, persons)
                .query(rs -> {
                    byPerson.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return byPerson;
    }

    @Override
    public Optional<UUID> personByReference(UUID vacancyId, String reference) {
        return jdbc.sql("select person_id from matching.candidate_reference where vacancy_id = ? and reference = ?")
                .params(vacancyId, reference)
                .query(UUID.class)
                .optional();
    }

    private static String fresh() {
        char[] out = new char[12];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return "K-" + new String(out);
    }

    @Override
    public boolean insert(Request r, UUID requestedBy) {
        return jdbc.sql("""
                insert into matching.contact_request (id, vacancy_id, person_id, organisation_id, requested_by, message, status)
                values (?, ?, ?, ?, ?, ?, 'REQUESTED') on conflict (vacancy_id, person_id) do nothing
                """)
                        .params(r.id(), r.vacancyId(), r.personId(), r.organisationId(), requestedBy, r.message())
                        .update()
                == 1;
    }

    @Override
    public Map<UUID, Request> forVacancy(UUID vacancyId) {
        Map<UUID, Request> byPerson = new HashMap<>();
        jdbc.sql("select * from matching.contact_request where vacancy_id = ?")
                .param(vacancyId)
                .query(this::row)
                .list()
                .forEach(r -> byPerson.put(r.personId(), r));
        return byPerson;
    }

    @Override
    public List<Request> forPerson(UUID personId) {
        return jdbc.sql("select * from matching.contact_request where person_id = ? order by created_at desc")
                .param(personId)
                .query(this::row)
                .list();
    }

    @Override
    public Optional<Request> byId(UUID id) {
        return jdbc.sql("select * from matching.contact_request where id = ?")
                .param(id)
                .query(this::row)
                .optional();
    }

    /** Answers a request that is still open; false when it was answered already. */
    @Override
    public boolean answer(UUID id, boolean accept, String name, String contact) {
        return jdbc.sql("""
                update matching.contact_request set status = ?, shared_name = ?, shared_contact = ?, answered_at = now()
                 where id = ? and status = 'REQUESTED'
                """)
                        .params(accept ? "ACCEPTED" : "DECLINED", accept ? name : null, accept ? contact : null, id)
                        .update()
                == 1;
    }

    private Request row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Request(
                rs.getObject("id", UUID.class),
                rs.getObject("vacancy_id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("message"),
                rs.getString("status"),
                rs.getString("shared_name"),
                rs.getString("shared_contact"),
                rs.getTimestamp("created_at").toInstant());
    }
}
