package nl.werkpad.matching.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Contact requests from employers to anonymous candidates (kept in matching.contact_request). */
public interface ContactRequests {

    record Request(
            UUID id,
            UUID vacancyId,
            UUID personId,
            UUID organisationId,
            String message,
            String status,
            String sharedName,
            String sharedContact,
            Instant createdAt) {}

    /**
     * The pseudonyms these candidates have for this vacancy, made (random) the first time they are shown: stable
     * for the vacancy, meaningless anywhere else.
     */
    Map<UUID, String> references(UUID vacancyId, Collection<UUID> personIds);

    /** The person behind a pseudonym, only within the vacancy it was made for. */
    Optional<UUID> personByReference(UUID vacancyId, String reference);

    /** Stores a new request; false when this candidate was asked about this vacancy before. */
    boolean insert(Request r, UUID requestedBy);

    /** The requests about one vacancy, by person. */
    Map<UUID, Request> forVacancy(UUID vacancyId);

    List<Request> forPerson(UUID personId);

    Optional<Request> byId(UUID id);

    /** Answers a request that is still open; false when it was answered already. */
    boolean answer(UUID id, boolean accept, String name, String contact);
}
