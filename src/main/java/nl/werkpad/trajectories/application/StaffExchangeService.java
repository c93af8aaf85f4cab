package nl.werkpad.trajectories.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.trajectories.ExchangeStatus;
import nl.werkpad.trajectories.StaffExchange;
import nl.werkpad.trajectories.domain.ExchangePairs;
import nl.werkpad.trajectories.domain.ExchangeTerms;
import nl.werkpad.trajectories.persistence.ExchangeStore;
import nl.werkpad.trajectories.persistence.ExchangeStore.AgreementRow;
import nl.werkpad.trajectories.persistence.ExchangeStore.OfferRow;
import nl.werkpad.trajectories.persistence.ExchangeStore.RequestRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff exchange as an application service: the transaction, who may see and do what (an employer only its own
 * offers, requests and agreements), the domain's rules ({@link ExchangeTerms}, {@link ExchangePairs},
 * {@link ExchangeStatus}) and the {@link ExchangeStore} for the rows.
 */
@Service
@Transactional
class StaffExchangeService implements StaffExchange {

    /** Pairs further apart than this are not proposed: a daily commute in the region. */
    private static final double MAX_KM = 60;
    /** A request is proposed when the offered people have at least this share of its essential skills. */
    private static final double MIN_OVERLAP = 0.3;

    private final ExchangeStore store;
    private final Organisations organisations;
    private final Consents consents;
    private final Passports passports;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Ecosystem ecosystem;
    private final Clock clock;

    StaffExchangeService(
            ExchangeStore store,
            Organisations organisations,
            Consents consents,
            Passports passports,
            Taxonomy taxonomy,
            Regions regions,
            Ecosystem ecosystem,
            Clock clock) {
        this.store = store;
        this.organisations = organisations;
        this.consents = consents;
        this.passports = passports;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.ecosystem = ecosystem;
        this.clock = clock;
    }

    @Override
    public Offer offer(NewOffer o, SignedInUser actor) {
        UUID employer = ownEmployer(o.employer(), actor);
        String occupation = occupation(o.occupation());
        place(o.municipality());
        if (o.person() != null && !consents.has(o.person(), Purpose.EMPLOYER_VOUCHERS, employer)) {
            throw RuleViolation.of(
                    "exchange.person-without-consent", "the employee has not given this employer permission");
        }
        int people = o.person() != null ? 1 : people(o.people());
        OfferRow row = new OfferRow(
                UUID.randomUUID(),
                employer,
                o.person(),
                occupation,
                people,
                o.municipality(),
                o.availableOn() == null ? LocalDate.now(clock) : o.availableOn(),
                o.note(),
                true);
        store.insert(row, actor.accountId());
        return new Names().offer(row);
    }

    @Override
    public Request request(NewRequest r, SignedInUser actor) {
        UUID employer = ownEmployer(r.employer(), actor);
        String occupation = occupation(r.occupation());
        place(r.municipality());
        RequestRow row = new RequestRow(
                UUID.randomUUID(),
                employer,
                occupation,
                people(r.people()),
                r.municipality(),
                r.neededOn() == null ? LocalDate.now(clock) : r.neededOn(),
                r.note(),
                true);
        store.insert(row, actor.accountId());
        return new Names().request(row);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Offer> offers(SignedInUser actor) {
        Names names = new Names();
        return store.offersOf(own(actor)).stream().map(names::offer).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Request> requests(SignedInUser actor) {
        Names names = new Names();
        return store.requestsOf(own(actor)).stream().map(names::request).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Proposal> proposals(UUID offerId, SignedInUser actor) {
        OfferRow offer = store.offer(offerId).orElseThrow(() -> NotFound.of("exchange offer", offerId));
        if (!List.of(own(actor)).contains(offer.employer())) {
            throw NotFound.of("exchange offer", offerId);
        }
        Set<String> offered = offer.person() != null ? personSkills(offer.person()) : essentials(offer.occupation());
        List<RequestRow> open = store.openRequestsNotOf(offer.employer());
        List<ExchangePairs.Side> requests = open.stream()
                .map(r -> new ExchangePairs.Side(r.id(), r.employer(), r.municipality(), essentials(r.occupation())))
                .toList();
        var pairs = ExchangePairs.propose(
                List.of(new ExchangePairs.Side(offer.id(), offer.employer(), offer.municipality(), offered)),
                requests,
                regions::distanceKm,
                MAX_KM,
                MIN_OVERLAP);
        Names names = new Names();
        return pairs.stream()
                .map(p -> new Proposal(
                        names.request(open.stream()
                                .filter(r -> r.id().equals(p.request()))
                                .findFirst()
                                .orElseThrow()),
                        (int) Math.round(p.overlap() * 100),
                        (int) Math.round(p.distanceKm())))
                .toList();
    }

    @Override
    public Agreement propose(NewAgreement a, SignedInUser actor) {
        OfferRow offer = store.offer(a.offer()).orElseThrow(() -> NotFound.of("exchange offer", a.offer()));
        RequestRow request = store.request(a.request()).orElseThrow(() -> NotFound.of("exchange request", a.request()));
        List<UUID> own = List.of(own(actor));
        if (!own.contains(offer.employer()) && !own.contains(request.employer())) {
            throw NotFound.of("exchange", a.offer());
        }
        int people = a.people() == null ? 1 : a.people();
        ExchangeTerms.check(new ExchangeTerms.Proposed(
                        offer.employer(),
                        request.employer(),
                        a.kind() != null,
                        a.kind() == Kind.LEND,
                        a.startsOn(),
                        a.endsOn(),
                        a.hours(),
                        people,
                        offer.people(),
                        request.people()))
                .orThrow();
        AgreementRow row = new AgreementRow(
                UUID.randomUUID(),
                offer,
                request,
                a.kind(),
                a.startsOn(),
                a.kind() == Kind.LEND ? a.endsOn() : null,
                a.hours(),
                people,
                ExchangeStatus.PROPOSED,
                own.contains(offer.employer()) ? offer.employer() : request.employer(),
                null);
        store.insert(row);
        return agreement(row.id());
    }

    @Override
    public Agreement answer(UUID id, boolean accept, SignedInUser actor) {
        AgreementRow a = agreementRow(id);
        UUID other = a.proposedBy().equals(a.offer().employer())
                ? a.request().employer()
                : a.offer().employer();
        if (!List.of(own(actor)).contains(other)) {
            throw NotFound.of("agreement", id);
        }
        a.status().answer().orThrow();
        if (!store.move(id, a.status(), ExchangeStatus.answered(accept), clock.instant(), null)) {
            ExchangeStatus.AGREED.answer().orThrow(); // answered meanwhile by someone else
        }
        if (accept && a.kind() == Kind.TRANSFER) {
            store.closeOfferIfTaken(a.offer().id(), a.people());
        }
        return agreement(id);
    }

    @Override
    public Agreement end(UUID id, LocalDate on, SignedInUser actor) {
        AgreementRow a = agreementRow(id);
        List<UUID> own = List.of(own(actor));
        if (!own.contains(a.offer().employer()) && !own.contains(a.request().employer())) {
            throw NotFound.of("agreement", id);
        }
        a.status().end().orThrow();
        if (!store.move(id, a.status(), ExchangeStatus.ENDED, null, on == null ? LocalDate.now(clock) : on)) {
            ExchangeStatus.ENDED.end().orThrow(); // ended meanwhile by the other side
        }
        return agreement(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> agreements(SignedInUser actor) {
        return new Names().agreements(store.agreements(ExchangeStore.Sides.EITHER, own(actor)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> amongCampusMembers(UUID campusId, SignedInUser viewer) {
        Campus campus = ecosystem.campus(campusId).orElseThrow(() -> NotFound.of("campus", campusId));
        Set<UUID> members = new HashSet<>();
        campus.partners().forEach(p -> members.add(p.organisationId()));
        boolean member = members.stream().anyMatch(o -> organisations.isMember(viewer.accountId(), o));
        if (!member && !keepsTheRegion(viewer)) {
            throw NotFound.of("campus", campusId);
        }
        return new Names().agreements(store.agreements(ExchangeStore.Sides.BOTH, members.toArray(UUID[]::new)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> withinSector(String section, SignedInUser viewer) {
        boolean inSector = organisations.of(viewer.accountId()).stream().anyMatch(o -> section.equals(o.sbiSection()));
        if (!inSector && !keepsTheRegion(viewer)) {
            throw NotFound.of("sector", section);
        }
        UUID[] inSection = store.employers().stream()
                .filter(e -> organisations
                        .byId(e)
                        .map(o -> section.equals(o.sbiSection()))
                        .orElse(false))
                .toArray(UUID[]::new);
        return new Names().agreements(store.agreements(ExchangeStore.Sides.BOTH, inSection));
    }

    /** Policy makers and administrators see the exchanges of every campus and sector. */
    private static boolean keepsTheRegion(SignedInUser viewer) {
        return viewer.has(Role.BELEID) || viewer.has(Role.BEHEERDER);
    }

    private AgreementRow agreementRow(UUID id) {
        return store.agreement(id).orElseThrow(() -> NotFound.of("agreement", id));
    }

    private Agreement agreement(UUID id) {
        return new Names().agreement(agreementRow(id));
    }

    private Set<String> essentials(String occupation) {
        return taxonomy.occupation(occupation, "en")
                .map(o -> {
                    Set<String> ids = new HashSet<>();
                    o.essentialSkills().stream().map(SkillRef::id).forEach(ids::add);
                    return ids;
                })
                .orElse(Set.of());
    }

    private Set<String> personSkills(UUID person) {
        List<PersonProfile> found = new ArrayList<>(1);
        passports.profiles(List.of(person), found::add);
        return found.stream()
                .findFirst()
                .map(p -> (Set<String>) new HashSet<>(p.skills()))
                .orElse(Set.of());
    }

    private UUID ownEmployer(UUID given, SignedInUser actor) {
        UUID[] own = own(actor);
        UUID employer = given != null ? given : own.length == 1 ? own[0] : null;
        if (employer == null || !organisations.isMember(actor.accountId(), employer)) {
            throw RuleViolation.of("exchange.employer-required", "choose one of your own organisations");
        }
        return employer;
    }

    private UUID[] own(SignedInUser actor) {
        return organisations.of(actor.accountId()).stream()
                .map(Organisation::id)
                .toArray(UUID[]::new);
    }

    private String occupation(String given) {
        return (given == null
                        ? java.util.Optional.<nl.werkpad.taxonomy.OccupationRef>empty()
                        : taxonomy.occupationRef(given, "en"))
                .orElseThrow(() -> RuleViolation.of("exchange.occupation-unknown", "choose an occupation from ESCO"))
                .id();
    }

    private void place(String municipality) {
        if (municipality == null || regions.municipality(municipality).isEmpty()) {
            throw RuleViolation.of("exchange.municipality-unknown", "choose a municipality");
        }
    }

    private static int people(Integer people) {
        ExchangeTerms.people(people).orThrow();
        return people;
    }

    /** Rows with the employers' and occupations' names, each looked up once per answer. */
    private final class Names {
        private final Map<UUID, String> employers = new HashMap<>();
        private final Map<String, String> occupations = new HashMap<>();

        Offer offer(OfferRow o) {
            return new Offer(
                    o.id(),
                    o.employer(),
                    employer(o.employer()),
                    o.person() != null,
                    o.occupation(),
                    occupation(o.occupation()),
                    o.people(),
                    o.municipality(),
                    o.availableOn(),
                    o.note(),
                    o.open());
        }

        Request request(RequestRow r) {
            return new Request(
                    r.id(),
                    r.employer(),
                    employer(r.employer()),
                    r.occupation(),
                    occupation(r.occupation()),
                    r.people(),
                    r.municipality(),
                    r.neededOn(),
                    r.note(),
                    r.open());
        }

        Agreement agreement(AgreementRow a) {
            return new Agreement(
                    a.id(),
                    offer(a.offer()),
                    request(a.request()),
                    a.kind(),
                    a.startsOn(),
                    a.endsOn(),
                    a.hours(),
                    a.people(),
                    a.status(),
                    a.proposedBy(),
                    a.endedOn());
        }

        List<Agreement> agreements(List<AgreementRow> rows) {
            return rows.stream().map(this::agreement).toList();
        }

        private String employer(UUID id) {
            return employers.computeIfAbsent(
                    id, e -> organisations.byId(e).map(Organisation::name).orElse("?"));
        }

        private String occupation(String id) {
            return occupations.computeIfAbsent(
                    id, o -> taxonomy.occupationRef(o, "nl").map(r -> r.label()).orElse(o));
        }
    }
}
