package nl.werkpad.fund.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.Applicant;
import nl.werkpad.fund.domain.CapShares;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.fund.domain.OfferFacts;
import nl.werkpad.fund.domain.SourceTerms;
import nl.werkpad.fund.domain.SubAccounts;
import nl.werkpad.fund.persistence.CapStore;
import nl.werkpad.fund.persistence.HolderStore;
import nl.werkpad.fund.persistence.HolderStore.Holder;
import nl.werkpad.fund.persistence.LedgerStore;
import nl.werkpad.fund.persistence.LedgerStore.Pot;
import nl.werkpad.fund.persistence.SourceStore;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonProfile;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.db.RoundTrip;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferProfile;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingOffers;
import org.springframework.stereotype.Component;

/** Gathers what the rules look at: the person, the offer, the employer, and each source's money and usage. */
@Component
class FundFacts {

    /** Everything a voucher request is decided on. */
    record Situation(
            Holder holder,
            PersonProfile person,
            Applicant applicant,
            OfferProfile offer,
            String providerName,
            OfferFacts offerFacts,
            List<FundingSource> sources,
            List<SourceTerms> terms,
            Map<UUID, List<Pot>> pots,
            Map<String, List<CapShares.Shard>> caps,
            LocalDate today) {}

    private final HolderStore holders;
    private final LedgerStore ledger;
    private final CapStore caps;
    private final Passports passports;
    private final TrainingOffers offers;
    private final Organisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final SourceStore sources;
    private final RoundTrip.Start trips;

    FundFacts(
            HolderStore holders,
            LedgerStore ledger,
            CapStore caps,
            Passports passports,
            TrainingOffers offers,
            Organisations organisations,
            Regions regions,
            Taxonomy taxonomy,
            SourceStore sources,
            RoundTrip.Start trips) {
        this.holders = holders;
        this.ledger = ledger;
        this.caps = caps;
        this.passports = passports;
        this.offers = offers;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.sources = sources;
        this.trips = trips;
    }

    Optional<Holder> holder(UUID person) {
        return holders.holder(person);
    }

    PersonProfile profile(UUID person) {
        List<PersonProfile> found = new ArrayList<>(1);
        passports.profiles(List.of(person), found::add);
        return living(found);
    }

    /** The person's profile unless erased; refused when there is none. */
    private static PersonProfile living(List<PersonProfile> found) {
        return found.stream()
                .filter(p -> !p.erased())
                .findFirst()
                .orElseThrow(() -> FundRefused.by("account.no-passport", "the person has no skills passport"));
    }

    Applicant applicant(Holder holder, PersonProfile person, String employerSector, LocalDate today) {
        Municipality place = person.municipality() == null
                ? null
                : regions.municipality(person.municipality()).orElse(null);
        Integer age = holder.facts().birthDate() == null
                ? null
                : Period.between(holder.facts().birthDate(), today).getYears();
        return new Applicant(
                age,
                person.municipality(),
                place == null ? null : place.labourMarketRegion().code(),
                place == null ? null : place.province().code(),
                person.status() == null ? null : person.status().name(),
                holder.facts().targetGroups(),
                employerSector);
    }

    Situation situation(VoucherRequest request, LocalDate today) {
        if (request.person() == null || request.offer() == null) {
            throw FundRefused.by("voucher.request-incomplete", "a voucher request names a person and a training offer");
        }
        List<PersonProfile> persons = new ArrayList<>(1);
        passports.profiles(List.of(request.person()), persons::add);
        List<OfferProfile> found = new ArrayList<>(1);
        offers.profiles(List.of(request.offer()), found::add);
        Optional<OfferProfile> published =
                found.stream().filter(o -> o.status() == OfferStatus.PUBLISHED).findFirst();
        // the fund's own facts in one round trip: the holder, the money in the pots and the caps' use
        List<FundingSource> all = sources.definitions();
        RoundTrip trip = trips.trip();
        Supplier<Optional<Holder>> holders = this.holders.holder(trip, request.person());
        Supplier<Map<UUID, List<Pot>>> money =
                ledger.pots(trip, all.stream().map(FundingSource::id).toList(), request.person(), today);
        Optional<Supplier<Map<String, List<CapShares.Shard>>>> used =
                published.map(o -> caps.shards(trip, request.person(), o.provider(), today.getYear()));
        trip.run();
        Holder holder = holders.get()
                .orElseThrow(() -> FundRefused.by("account.not-open", "the person has no development account yet"));
        PersonProfile person = living(persons);
        OfferProfile offer = published.orElseThrow(() ->
                FundRefused.by("voucher.offer-unavailable", "the training offer does not exist or is not published"));
        String employerSector = null;
        if (request.employer() != null) {
            employerSector = organisations
                    .byId(request.employer())
                    .map(Organisation::sbiSection)
                    .orElseThrow(() -> FundRefused.by("voucher.employer-unknown", "the employer does not exist"));
            employerSector = employerSector == null ? "" : employerSector;
        }
        Applicant applicant = applicant(holder, person, employerSector, today);
        String targetIsco =
                request.targetOccupation() == null || request.targetOccupation().isBlank()
                        ? null
                        : taxonomy.iscoCodeOf(request.targetOccupation())
                                .orElseThrow(() -> FundRefused.by(
                                        "voucher.occupation-unknown", "the target occupation is not in ESCO"));
        // the offer's skill collections only when a source's rule asks for one
        boolean collectionsAsked = all.stream()
                .flatMap(source -> source.rules().stream())
                .anyMatch(rule -> rule instanceof FundingRule.SkillCollection);
        OfferFacts facts = new OfferFacts(
                offer.costCents(),
                offer.onRegister(),
                collectionsAsked ? taxonomy.collectionsOf(offer.skills()) : Set.of(),
                targetIsco);
        String providerName = organisations.nameOf(offer.provider()).orElse("?");
        Map<UUID, List<Pot>> pots = money.get();
        Map<String, List<CapShares.Shard>> usage = used.orElseThrow().get();
        List<SourceTerms> terms = all.stream()
                .map(s -> new SourceTerms(
                        s.id(),
                        s.name(),
                        s.priority(),
                        s.mode(),
                        s.rules(),
                        free(pots.get(s.id())),
                        used(usage.get(s.id() + "/PERSON")),
                        used(usage.get(s.id() + "/PROVIDER")),
                        s.openOn(today)))
                .toList();
        return new Situation(holder, person, applicant, offer, providerName, facts, all, terms, pots, usage, today);
    }

    /** Per source: the budget of this year (its sub-accounts in slot order), or the person's unexpired allowances, oldest first. */
    Map<UUID, List<Pot>> pots(List<FundingSource> all, UUID person, LocalDate today) {
        return ledger.pots(all.stream().map(FundingSource::id).toList(), person, today);
    }

    /** What a cap's shards have used together (nothing when it has none yet). */
    private static long used(List<CapShares.Shard> shards) {
        return shards == null
                ? 0
                : shards.stream().mapToLong(CapShares.Shard::used).sum();
    }

    /** What a source's pots hold together; a budget over sub-accounts may hold more than a long (saturates). */
    static long free(List<Pot> pots) {
        return SubAccounts.total(pots.stream().mapToLong(Pot::free).toArray());
    }
}
