package nl.werkpad.matching.engine;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.matching.Matching.ContactRequest;
import nl.werkpad.matching.index.MatchIndex;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyNotFound;
import org.springframework.stereotype.Service;

/**
 * Contact between an employer and an anonymous candidate: the employer asks (only for a candidate who still
 * lets employers find them), the resident accepts (sharing the name and contact details they type) or declines.
 */
@Service
class ContactRequestService {

    private final ContactRequests contacts;
    private final Vacancies vacancies;
    private final Organisations organisations;
    private final Passports passports;
    private final MatchingEngine engine;
    private final Clock clock;

    ContactRequestService(
            ContactRequests contacts,
            Vacancies vacancies,
            Organisations organisations,
            Passports passports,
            MatchingEngine engine,
            Clock clock) {
        this.contacts = contacts;
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.passports = passports;
        this.engine = engine;
        this.clock = clock;
    }

    ContactRequest request(UUID vacancyId, UUID personId, SignedInUser viewer, String message) {
        Vacancy vacancy =
                vacancies.byId(vacancyId, Optional.of(viewer)).orElseThrow(() -> VacancyNotFound.byId(vacancyId));
        if (!organisations.mayWriteFor(vacancy.organisation().id(), Optional.of(viewer))) {
            throw VacancyNotFound.byId(vacancyId);
        }
        boolean findable = engine.index()
                .person(personId)
                .map(MatchIndex.PersonEntry::employers)
                .orElse(false);
        if (!findable) {
            throw NotFound.of("candidate", personId); // no consent (any more): as if they do not exist
        }
        if (message != null && message.length() > 1000) {
            throw RuleViolation.of("matching.message-too-long", "The message is at most 1000 characters");
        }
        ContactRequests.Request r = new ContactRequests.Request(
                UUID.randomUUID(),
                vacancyId,
                personId,
                vacancy.organisation().id(),
                message,
                "REQUESTED",
                null,
                null,
                clock.instant());
        if (!contacts.insert(r, viewer.accountId())) {
            throw RuleViolation.of(
                    "matching.contact-already-requested", "Contact was already requested for this candidate");
        }
        return view(r);
    }

    List<ContactRequest> forResident(SignedInUser resident) {
        return passports
                .ownPersonId(resident)
                .map(id -> contacts.forPerson(id).stream().map(this::view).toList())
                .orElse(List.of());
    }

    ContactRequest answer(UUID requestId, SignedInUser resident, boolean accept, String name, String contact) {
        UUID own = passports.ownPersonId(resident).orElseThrow(() -> NotFound.of("contact request", requestId));
        ContactRequests.Request r = contacts.byId(requestId)
                .filter(x -> x.personId().equals(own))
                .orElseThrow(() -> NotFound.of("contact request", requestId));
        if (accept && (name == null || name.isBlank() || name.length() > 200)) {
            throw RuleViolation.of(
                    "matching.contact-name-required", "Give the name the employer may see (at most 200 characters)");
        }
        if (contact != null && contact.length() > 300) {
            throw RuleViolation.of("matching.contact-too-long", "Contact details are at most 300 characters");
        }
        if (!contacts.answer(
                requestId, accept, name == null ? null : name.strip(), contact == null ? null : contact.strip())) {
            throw RuleViolation.of("matching.contact-already-answered", "This request was answered already");
        }
        return view(contacts.byId(requestId).orElseThrow());
    }

    private ContactRequest view(ContactRequests.Request r) {
        Optional<Vacancy> v = vacancies.byId(r.vacancyId(), Optional.empty());
        return new ContactRequest(
                r.id(),
                r.vacancyId(),
                v.map(Vacancy::title).orElse(""),
                organisations.byId(r.organisationId()).map(o -> o.name()).orElse(""),
                r.message(),
                r.status(),
                r.createdAt());
    }
}
