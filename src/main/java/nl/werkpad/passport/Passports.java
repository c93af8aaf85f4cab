package nl.werkpad.passport;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.access.SignedInUser;

/**
 * Skills passports. The resident always sees and changes their own; an advisor only with the
 * resident's ADVISOR consent for that advisor; nobody else. Every read or change by someone other than
 * the resident is written to the processing log in the same transaction.
 */
public interface Passports {

    /**
     * A new person: a resident for themself (linked to their account), or an advisor for someone who
     * asked them in person (the advisor then holds the ADVISOR consent, which the resident can withdraw).
     */
    Passport create(PassportInput input, SignedInUser actor);

    /** The caller's own passport, if they have one. */
    Optional<UUID> ownPersonId(SignedInUser user);

    Passport read(UUID personId, SignedInUser viewer, String purpose);

    Passport replace(UUID personId, PassportInput input, SignedInUser actor);

    /** Everything Werkpad holds on the person (passport, consents, processing log), for a data download. */
    Map<String, Object> export(UUID personId, SignedInUser actor);

    /**
     * Many people at once, written with COPY for generated markets (no account, no name); ids must be
     * valid. Returns their ids in order.
     */
    List<UUID> createAll(List<PassportInput> people, UUID createdBy);

    /**
     * Profiles for read models, streamed: the given persons (erased ones marked), or (ids null) every
     * person not erased. No viewer check: read models must ask for consent before they show anything.
     */
    void profiles(Collection<UUID> ids, Consumer<PersonProfile> each);

    /** Erasure: personal data removed, a pseudonymous row kept for the logs and ledger that refer to it. */
    void erase(UUID personId, SignedInUser actor);
}
