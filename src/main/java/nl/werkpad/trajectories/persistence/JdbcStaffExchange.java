package nl.werkpad.trajectories.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.passport.Passports;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.trajectories.StaffExchange;
import nl.werkpad.trajectories.domain.ExchangePairs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff exchange in the trajectories schema; pairs proposed by {@link ExchangePairs}. */
@Service
@Transactional
class JdbcStaffExchange implements StaffExchange {

    private static final double MAX_KM = 60;
    private static final double MIN_OVERLAP = 0.3;

    private final JdbcClient jdbc;
    private final Organisations organisations;
    private final Consents consents;
    private final Passports passports;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Ecosystem ecosystem;

    JdbcStaffExchange(JdbcClient jdbc, Organisations organisations, Consents consents, Passports passports, Taxonomy taxonomy,
                      Regions regions, Ecosystem ecosystem) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.consents = consents;
        this.passports = passports;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.ecosystem = ecosystem;
    }

    @Override
    public Offer offer(NewOffer o, SignedInUser actor) {
        UUID employer = ownEmployer(o.employer(), actor);
        String occupation = occupation(o.occupation());
        place(o.municipality());
        if (o.person() != null && !consents.has(o.person(), Purpose.EMPLOYER_VOUCHERS, employer)) {
            throw RuleViolation.of("exchange.person-without-consent", "the employee has not given this employer permission");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into trajectories.exchange_offer (id, employer_id, person_id, occupation, people, municipality, available_on, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, employer, o.person(), occupation, o.person() != null ? 1 : people(o.people()), o.municipality(),
                        o.availableOn() == null ? LocalDate.now() : o.availableOn(), o.note(), actor.accountId()).update();
        return offerById(id);
    }

    @Override
    public Request request(NewRequest r, SignedInUser actor) {
        UUID employer = ownEmployer(r.employer(), actor);
        String occupation = occupation(r.occupation());
        place(r.municipality());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into trajectories.exchange_request (id, employer_id, occupation, people, municipality, needed_on, note, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, employer, occupation, people(r.people()), r.municipality(), r.neededOn() == null ? LocalDate.now() : r.neededOn(),
                        r.note(), actor.accountId()).update();
        return requestById(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Offer> offers(SignedInUser actor) {
        return jdbc.sql("select * from trajectories.exchange_offer where employer_id = any(?) order by created_at desc")
                .param(own(actor)).query((rs, n) -> offer(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Request> requests(SignedInUser actor) {
        return jdbc.sql("select * from trajectories.exchange_request where employer_id = any(?) order by created_at desc")
                .param(own(actor)).query((rs, n) -> request(rs)).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Proposal> proposals(UUID offerId, SignedInUser actor) {
        Offer offer = offerById(offerId);
        if (!List.of(own(actor)).contains(offer.employer())) {
            throw NotFound.of("exchange offer", offerId);
        }
        UUID person = jdbc.sql("select person_id from trajectories.exchange_offer where id = ?").param(offerId).query(UUID.class).optional().orElse(null);
        Set<String> offered = person != null ? personSkills(person) : essentials(offer.occupation());
        List<Request> open = jdbc.sql("select * from trajectories.exchange_request where open and employer_id <> ?")
                .param(offer.employer()).query((rs, n) -> request(rs)).list();
        List<ExchangePairs.Side> requests = open.stream()
                .map(r -> new ExchangePairs.Side(r.id(), r.employer(), r.municipality(), essentials(r.occupation()))).toList();
        var pairs = ExchangePairs.propose(List.of(new ExchangePairs.Side(offer.id(), offer.employer(), offer.municipality(), offered)),
                requests, regions::distanceKm, MAX_KM, MIN_OVERLAP);
        return pairs.stream().map(p -> new Proposal(open.stream().filter(r -> r.id().equals(p.request())).findFirst().orElseThrow(),
                (int) Math.round(p.overlap() * 100), (int) Math.round(p.distanceKm()))).toList();
    }

    @Override
    public Agreement propose(NewAgreement a, SignedInUser actor) {
        Offer offer = offerById(a.offer());
        Request request = requestById(a.request());
        List<UUID> own = List.of(own(actor));
        if (!own.contains(offer.employer()) && !own.contains(request.employer())) {
            throw NotFound.of("exchange", a.offer());
        }
        if (offer.employer().equals(request.employer())) {
            throw RuleViolation.of("exchange.same-employer", "an exchange is between two employers");
        }
        if (a.kind() == null || a.startsOn() == null || a.hours() == null || a.hours() < 1 || a.hours() > 60) {
            throw RuleViolation.of("exchange.terms-incomplete", "kind, start and hours per week (1–60) are required");
        }
        if (a.kind() == Kind.LEND && (a.endsOn() == null || a.endsOn().isBefore(a.startsOn()))) {
            throw RuleViolation.of("exchange.lend-needs-end", "lending has an end date on or after its start");
        }
        int people = a.people() == null ? 1 : a.people();
        if (people < 1 || people > Math.min(offer.people(), request.people())) {
            throw RuleViolation.of("exchange.people-invalid", "at most as many people as offered and asked");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into trajectories.exchange_agreement (id, offer_id, request_id, kind, starts_on, ends_on, hours, people, status, proposed_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?)""")
                .params(id, a.offer(), a.request(), a.kind().name(), a.startsOn(), a.kind() == Kind.LEND ? a.endsOn() : null, a.hours(),
                        people, own.contains(offer.employer()) ? offer.employer() : request.employer()).update();
        return agreement(id);
    }

    @Override
    public Agreement answer(UUID id, boolean accept, SignedInUser actor) {
        Agreement a = agreement(id);
        UUID other = a.proposedBy().equals(a.offer().employer()) ? a.request().employer() : a.offer().employer();
        if (!List.of(own(actor)).contains(other)) {
            throw NotFound.of("agreement", id);
        }
        if (!"PROPOSED".equals(a.status())) {
            throw RuleViolation.of("exchange.already-answered", "this proposal was answered already");
        }
        jdbc.sql("update trajectories.exchange_agreement set status = ?, answered_at = now() where id = ?")
                .params(accept ? "AGREED" : "DECLINED", id).update();
        if (accept && a.kind() == Kind.TRANSFER) {
            jdbc.sql("update trajectories.exchange_offer set open = false where id = ? and people <= ?").params(a.offer().id(), a.people()).update();
        }
        return agreement(id);
    }

    @Override
    public Agreement end(UUID id, LocalDate on, SignedInUser actor) {
        Agreement a = agreement(id);
        List<UUID> own = List.of(own(actor));
        if (!own.contains(a.offer().employer()) && !own.contains(a.request().employer())) {
            throw NotFound.of("agreement", id);
        }
        if (!"AGREED".equals(a.status())) {
            throw RuleViolation.of("exchange.not-running", "only an agreed exchange can end");
        }
        jdbc.sql("update trajectories.exchange_agreement set status = 'ENDED', ended_on = ? where id = ?")
                .params(on == null ? LocalDate.now() : on, id).update();
        return agreement(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> agreements(SignedInUser actor) {
        return agreementsWhere("o.employer_id = any(:orgs) or r.employer_id = any(:orgs)", own(actor));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> amongCampusMembers(UUID campusId, SignedInUser viewer) {
        Campus campus = ecosystem.campus(campusId).orElseThrow(() -> NotFound.of("campus", campusId));
        Set<UUID> members = new HashSet<>();
        campus.partners().forEach(p -> members.add(p.organisationId()));
        boolean member = members.stream().anyMatch(o -> organisations.isMember(viewer.accountId(), o));
        if (!member && !viewer.has(Role.BELEID) && !viewer.has(Role.BEHEERDER)) {
            throw NotFound.of("campus", campusId);
        }
        return agreementsWhere("o.employer_id = any(:orgs) and r.employer_id = any(:orgs)", members.toArray(UUID[]::new));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agreement> withinSector(String section, SignedInUser viewer) {
        boolean inSector = organisations.of(viewer.accountId()).stream().anyMatch(o -> section.equals(o.sbiSection()));
        if (!inSector && !viewer.has(Role.BELEID) && !viewer.has(Role.BEHEERDER)) {
            throw NotFound.of("sector", section);
        }
        return inSection(section);
    }

    private List<Agreement> inSection(String section) {
        List<UUID> employers = jdbc.sql("""
                select distinct employer_id from trajectories.exchange_offer
                union select distinct employer_id from trajectories.exchange_request""").query(UUID.class).list();
        UUID[] inSection = employers.stream().filter(e -> organisations.byId(e).map(o -> section.equals(o.sbiSection())).orElse(false))
                .toArray(UUID[]::new);
        return agreementsWhere("o.employer_id = any(:orgs) and r.employer_id = any(:orgs)", inSection);
    }

    private List<Agreement> agreementsWhere(String where, UUID[] orgs) {
        return jdbc.sql("select a.id from trajectories.exchange_agreement a join trajectories.exchange_offer o on o.id = a.offer_id "
                        + "join trajectories.exchange_request r on r.id = a.request_id where " + where + " order by a.proposed_at desc")
                .param("orgs", orgs).query(UUID.class).list().stream().map(this::agreement).toList();
    }

    private Agreement agreement(UUID id) {
        return jdbc.sql("select * from trajectories.exchange_agreement where id = ?").param(id)
                .query((rs, n) -> new Agreement(id, offerById(rs.getObject("offer_id", UUID.class)), requestById(rs.getObject("request_id", UUID.class)),
                        Kind.valueOf(rs.getString("kind")), rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                        rs.getInt("hours"), rs.getInt("people"), rs.getString("status"), rs.getObject("proposed_by", UUID.class),
                        rs.getObject("ended_on", LocalDate.class))).optional().orElseThrow(() -> NotFound.of("agreement", id));
    }

    private Offer offerById(UUID id) {
        return jdbc.sql("select * from trajectories.exchange_offer where id = ?").param(id).query((rs, n) -> offer(rs)).optional()
                .orElseThrow(() -> NotFound.of("exchange offer", id));
    }

    private Request requestById(UUID id) {
        return jdbc.sql("select * from trajectories.exchange_request where id = ?").param(id).query((rs, n) -> request(rs)).optional()
                .orElseThrow(() -> NotFound.of("exchange request", id));
    }

    private Offer offer(ResultSet rs) throws SQLException {
        UUID employer = rs.getObject("employer_id", UUID.class);
        return new Offer(rs.getObject("id", UUID.class), employer, name(employer), rs.getObject("person_id") != null,
                rs.getString("occupation"), label(rs.getString("occupation")), rs.getInt("people"), rs.getString("municipality"),
                rs.getObject("available_on", LocalDate.class), rs.getString("note"), rs.getBoolean("open"));
    }

    private Request request(ResultSet rs) throws SQLException {
        UUID employer = rs.getObject("employer_id", UUID.class);
        return new Request(rs.getObject("id", UUID.class), employer, name(employer), rs.getString("occupation"), label(rs.getString("occupation")),
                rs.getInt("people"), rs.getString("municipality"), rs.getObject("needed_on", LocalDate.class), rs.getString("note"),
                rs.getBoolean("open"));
    }

    private String name(UUID organisation) {
        return organisations.byId(organisation).map(Organisation::name).orElse("?");
    }

    private String label(String occupation) {
        return taxonomy.occupationRef(occupation, "nl").map(o -> o.label()).orElse(occupation);
    }

    private Set<String> essentials(String occupation) {
        return taxonomy.occupation(occupation, "en").map(o -> {
            Set<String> ids = new HashSet<>();
            o.essentialSkills().stream().map(SkillRef::id).forEach(ids::add);
            return ids;
        }).orElse(Set.of());
    }

    private Set<String> personSkills(UUID person) {
        List<PersonProfile> found = new ArrayList<>(1);
        passports.profiles(List.of(person), found::add);
        return found.stream().findFirst().map(p -> (Set<String>) new HashSet<>(p.skills())).orElse(Set.of());
    }

    private UUID ownEmployer(UUID given, SignedInUser actor) {
        UUID employer = given != null ? given : own(actor).length == 1 ? own(actor)[0] : null;
        if (employer == null || !organisations.isMember(actor.accountId(), employer)) {
            throw RuleViolation.of("exchange.employer-required", "choose one of your own organisations");
        }
        return employer;
    }

    private UUID[] own(SignedInUser actor) {
        return organisations.of(actor.accountId()).stream().map(Organisation::id).toArray(UUID[]::new);
    }

    private String occupation(String given) {
        if (given == null || taxonomy.occupationRef(given, "en").isEmpty()) {
            throw RuleViolation.of("exchange.occupation-unknown", "choose an occupation from ESCO");
        }
        return taxonomy.occupationRef(given, "en").orElseThrow().id();
    }

    private void place(String municipality) {
        if (municipality == null || regions.municipality(municipality).isEmpty()) {
            throw RuleViolation.of("exchange.municipality-unknown", "choose a municipality");
        }
    }

    private static int people(Integer people) {
        if (people == null || people < 1 || people > 1000) {
            throw RuleViolation.of("exchange.people-invalid", "between 1 and 1,000 people");
        }
        return people;
    }
}
