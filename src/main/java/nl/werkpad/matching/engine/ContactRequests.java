package nl.werkpad.matching.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Contact requests from employers to anonymous candidates (kept in matching.contact_request). */
public interface ContactRequests {

    record Request(UUID id, UUID vacancyId, UUID personId, UUID organisationId, String message, String status,
                   String sharedName, String sharedContact, java.time.Instant createdAt) {
    }

    /** The pseudonym a candidate has for one vacancy: stable, not linkable across vacancies. */
    static String reference(UUID vacancyId, UUID personId) {
        return "K-" + UUID.nameUUIDFromBytes((vacancyId + ":" + personId).getBytes(StandardCharsets.UTF_8)).toString()
                .substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

    /** Stores a new request; false when this candidate was asked about this vacancy before. */
    boolean insert(Request r, UUID requestedBy);

    /** The requests about one vacancy, by person. */
    Map<UUID, Request> forVacancy(UUID vacancyId);

    List<Request> forPerson(UUID personId);

    Optional<Request> byId(UUID id);

    /** Answers a request that is still open; false when it was answered already. */
    boolean answer(UUID id, boolean accept, String name, String contact);
}
