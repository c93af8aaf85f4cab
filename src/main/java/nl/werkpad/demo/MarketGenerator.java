package nl.werkpad.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.privacy.Consent;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.Municipality;
import nl.werkpad.shared.BulkDataLoaded;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.Taxonomy.OccupationProfile;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A believable labour market from the real ESCO data, the same for the same seed: employers whose
 * vacancies follow ESCO occupations and their sectors, residents whose passports hold part of an
 * occupation's skills plus noise, and training offers that teach skills. Written with each module's
 * bulk loader (COPY), in chunks.
 */
@Component
class MarketGenerator {

    private final ApplicationEventPublisher events;

    record Size(int persons, int vacancies, int offers) {}

    /** A training provider to use (e.g. a campus) and the occupations its offers lead to. */
    record Provider(NewOrganisation organisation, List<String> occupations) {}

    record Report(int employers, int vacancies, int providers, int offers, int persons, long millis) {
        String summary() {
            return "Generated %d employers with %d vacancies, %d providers with %d training offers and %d residents in %d ms"
                    .formatted(employers, vacancies, providers, offers, persons, millis);
        }
    }

    private static final int CHUNK = 10_000;
    private static final UUID GENERATOR = UUID.fromString("00000000-0000-0000-0000-00000000beef");
    private final Organisations organisations;
    private final Vacancies vacancies;
    private final TrainingOffers offers;
    private final Passports passports;
    private final Consents consents;
    private final Taxonomy taxonomy;

    private final Clock clock;

    MarketGenerator(
            Organisations organisations,
            Vacancies vacancies,
            TrainingOffers offers,
            Passports passports,
            Consents consents,
            Taxonomy taxonomy,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.organisations = organisations;
        this.vacancies = vacancies;
        this.offers = offers;
        this.passports = passports;
        this.consents = consents;
        this.taxonomy = taxonomy;
    }

    /** The demo advisor's caseload at most: about as many as one advisor follows. */
    static final int MAX_CASELOAD = 120;

    Report generate(Size size, long seed, List<Municipality> places, List<Provider> providers, UUID advisor) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        List<OccupationProfile> occupations = taxonomy.occupationProfiles().stream()
                .filter(o -> o.essential().size() >= 3)
                .toList();
        Map<String, OccupationProfile> byId = new HashMap<>();
        occupations.forEach(o -> byId.put(o.id(), o));
        LocalDate today = LocalDate.now(clock);

        // employers, about one per five vacancies, each in one sector and place
        int employerCount = Math.max(1, size.vacancies() / 5);
        List<NewOrganisation> employers = new ArrayList<>();
        Set<String> kvk = new HashSet<>(organisations.kvkNumbersInUse());
        for (int i = 0; i < employerCount; i++) {
            Municipality place = places.get(random.nextInt(places.size()));
            String number;
            do {
                number = "9" + (1_000_000 + random.nextInt(9_000_000));
            } while (!kvk.add(number));
            String sector = MarketVocabulary.sectorOf(
                    occupations.get(random.nextInt(occupations.size())).iscoGroup(), random);
            String[] words = MarketVocabulary.EMPLOYER_WORDS.getOrDefault(sector, new String[] {"Bedrijven"});
            employers.add(new NewOrganisation(
                    number,
                    words[random.nextInt(words.length)] + " " + place.name() + " "
                            + MarketVocabulary.LEGAL[random.nextInt(MarketVocabulary.LEGAL.length)],
                    OrganisationKind.EMPLOYER,
                    null,
                    sector,
                    null,
                    List.of(new NewOrganisation.NewSite(null, place.code()))));
        }
        List<UUID> employerIds = organisations.registerAll(employers);
        Map<String, List<Integer>> employersBySector = new HashMap<>();
        for (int i = 0; i < employers.size(); i++) {
            employersBySector
                    .computeIfAbsent(employers.get(i).sbiSection(), k -> new ArrayList<>())
                    .add(i);
        }

        List<Vacancies.BulkVacancy> vacancyBatch = new ArrayList<>();
        List<OccupationProfile> posted = new ArrayList<>();
        for (int i = 0; i < size.vacancies(); i++) {
            // an occupation that some employer's sector has work for (a few tries), posted by such an employer; the
            // region's wanted work (technical, care, education) is asked for more often, as in Noord-Holland's agenda
            OccupationProfile occupation = MarketVocabulary.wanted(occupations, random);
            List<Integer> candidates = employersBySector.getOrDefault(
                    MarketVocabulary.sectorOf(occupation.iscoGroup(), random), List.of());
            for (int tries = 0; candidates.isEmpty() && tries < 20; tries++) {
                occupation = occupations.get(random.nextInt(occupations.size()));
                candidates = employersBySector.getOrDefault(
                        MarketVocabulary.sectorOf(occupation.iscoGroup(), random), List.of());
            }
            int employer = candidates.isEmpty()
                    ? random.nextInt(employers.size())
                    : candidates.get(random.nextInt(candidates.size()));
            NewOrganisation e = employers.get(employer);
            int roll = random.nextInt(100);
            posted.add(occupation);
            vacancyBatch.add(new Vacancies.BulkVacancy(
                    employerIds.get(employer),
                    label(occupation.id()),
                    occupation.id(),
                    e.sites().getFirst().municipality(),
                    roll < 85 ? VacancyKind.JOB : roll < 93 ? VacancyKind.INTERNSHIP : VacancyKind.LEARNING_PLACE,
                    16 + 4 * random.nextInt(7),
                    e.sbiSection(),
                    today.plusDays(14 + random.nextInt(80)),
                    part(occupation.essential(), 0.85, 1.0, random),
                    part(occupation.optional(), 0.3, 0.6, random)));
            if (vacancyBatch.size() == CHUNK) {
                vacancies.publishAll(vacancyBatch);
                vacancyBatch.clear();
            }
        }
        vacancies.publishAll(vacancyBatch);

        // training offers: the given providers (campuses) or generated schools
        List<Provider> teaching =
                providers.isEmpty() ? generatedSchools(Math.max(1, size.offers() / 10), places, random) : providers;
        List<UUID> providerIds = organisations.registerAll(
                teaching.stream().map(Provider::organisation).toList());
        List<TrainingOffers.BulkOffer> offerBatch = new ArrayList<>();
        for (int i = 0; i < size.offers(); i++) {
            int p = random.nextInt(teaching.size());
            Provider provider = teaching.get(p);
            OccupationProfile occupation = provider.occupations().isEmpty()
                    ? occupations.get(random.nextInt(occupations.size()))
                    : byId.getOrDefault(
                            provider.occupations()
                                    .get(random.nextInt(provider.occupations().size())),
                            occupations.get(random.nextInt(occupations.size())));
            List<String> skills = part(occupation.essential(), 0.1, 0.3, random);
            TrainingMode mode = random.nextInt(100) < 70
                    ? TrainingMode.ON_SITE
                    : random.nextBoolean() ? TrainingMode.ONLINE : TrainingMode.BLENDED;
            int weeks = 1 + random.nextInt(40);
            offerBatch.add(new TrainingOffers.BulkOffer(
                    providerIds.get(p),
                    "Opleiding " + label(occupation.id()),
                    TrainingLevel.values()[random.nextInt(TrainingLevel.values().length)],
                    mode,
                    mode == TrainingMode.ONLINE
                            ? null
                            : provider.organisation().sites().getFirst().municipality(),
                    weeks * (4 + random.nextInt(12)),
                    weeks,
                    100L * (random.nextInt(50) * 100),
                    random.nextInt(100) < 70,
                    skills.isEmpty() ? occupation.essential().subList(0, 1) : skills,
                    List.of(new OfferStart(today.plusDays(20 + random.nextInt(120)), 8 + random.nextInt(24)))));
        }
        offers.publishAll(offerBatch);

        // residents
        Random names = new Random(seed * 31 + 17);
        int caseload = 0;
        for (int done = 0; done < size.persons(); done += CHUNK) {
            List<PassportInput> people = new ArrayList<>();
            for (int i = done; i < Math.min(size.persons(), done + CHUNK); i++) {
                // half the residents work in what the region's employers ask for, so the monitor has people per
                // region and occupation group where the vacancies are, not only scattered over all of ESCO
                people.add(person(
                        posted.isEmpty() || random.nextBoolean() ? occupations : posted,
                        places,
                        random,
                        today,
                        MarketVocabulary.name(names)));
            }
            List<UUID> ids = passports.createAll(people, GENERATOR);
            List<Consent> given = new ArrayList<>();
            for (UUID id : ids) {
                if (random.nextInt(100) < 60) {
                    given.add(new Consent(id, Purpose.EMPLOYERS_IN_REGION, null, null));
                }
                if (random.nextInt(100) < 80) {
                    given.add(new Consent(id, Purpose.ANONYMOUS_STATISTICS, null, null));
                }
                // one advisor's caseload stays a caseload (accounts, vouchers and trajectories are made per person)
                if (advisor != null && random.nextInt(100) < 8 && caseload++ < MAX_CASELOAD) {
                    given.add(new Consent(id, Purpose.ADVISOR, advisor, null));
                }
            }
            consents.giveAll(given, GENERATOR);
        }
        events.publishEvent(new BulkDataLoaded("generated market"));
        return new Report(
                employers.size(),
                size.vacancies(),
                teaching.size(),
                size.offers(),
                size.persons(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private PassportInput person(
            List<OccupationProfile> occupations,
            List<Municipality> places,
            Random random,
            LocalDate today,
            String name) {
        OccupationProfile job = occupations.get(random.nextInt(occupations.size()));
        List<PassportInput.SkillEntry> skills = new ArrayList<>();
        part(job.essential(), 0.3, 0.9, random)
                .forEach(s -> skills.add(new PassportInput.SkillEntry(
                        s, random.nextInt(4) == 0 ? SkillSource.DIPLOMA : SkillSource.WORK_EXPERIENCE, null)));
        part(job.optional(), 0.1, 0.4, random)
                .forEach(s -> skills.add(new PassportInput.SkillEntry(s, SkillSource.SELF_ASSESSED, null)));
        for (int n = random.nextInt(5); n > 0; n--) { // noise: skills from an unrelated occupation
            OccupationProfile other = occupations.get(random.nextInt(occupations.size()));
            skills.add(new PassportInput.SkillEntry(
                    other.essential().get(random.nextInt(other.essential().size())), SkillSource.INFORMAL, null));
        }
        int roll = random.nextInt(100);
        LabourMarketStatus status = roll < 55
                ? LabourMarketStatus.EMPLOYED
                : roll < 65
                        ? LabourMarketStatus.EMPLOYED_AT_RISK
                        : roll < 85
                                ? LabourMarketStatus.JOB_SEEKER
                                : roll < 95 ? LabourMarketStatus.STUDENT : LabourMarketStatus.NOT_ACTIVE;
        LocalDate ww = status == LabourMarketStatus.JOB_SEEKER && random.nextInt(10) < 7
                ? today.minusDays(random.nextInt(330))
                : null;
        int from = 1995 + random.nextInt(28);
        return new PassportInput(
                name,
                places.get(random.nextInt(places.size())).code(),
                new int[] {10, 15, 20, 25, 30, 40, 50}[random.nextInt(7)],
                status,
                ww,
                24 + 4 * random.nextInt(5),
                List.of(MarketVocabulary.sectorOf(job.iscoGroup(), random)),
                random.nextInt(10) < 4,
                skills,
                List.of(new PassportInput.WorkEntry(
                        job.id(),
                        null,
                        from,
                        status == LabourMarketStatus.EMPLOYED ? null : Math.min(2026, from + 1 + random.nextInt(10)))),
                List.of());
    }

    private List<Provider> generatedSchools(int count, List<Municipality> places, Random random) {
        List<Provider> schools = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Municipality place = places.get(random.nextInt(places.size()));
            schools.add(new Provider(
                    new NewOrganisation(
                            null,
                            "Opleidingscentrum " + place.name() + " " + (i + 1),
                            OrganisationKind.TRAINING_PROVIDER,
                            null,
                            "P",
                            null,
                            List.of(new NewOrganisation.NewSite(null, place.code()))),
                    List.of()));
        }
        return schools;
    }

    private String label(String occupation) {
        return taxonomy.occupationRef(occupation, "nl").map(o -> o.label()).orElse(occupation);
    }

    /** A random part of a list, between the two shares, at least one element when the list has any. */
    private static List<String> part(List<String> all, double min, double max, Random random) {
        if (all.isEmpty()) {
            return List.of();
        }
        double share = min + random.nextDouble() * (max - min);
        List<String> kept = new ArrayList<>();
        for (String item : all) {
            if (random.nextDouble() < share) {
                kept.add(item);
            }
        }
        return kept.isEmpty() ? List.of(all.get(random.nextInt(all.size()))) : kept;
    }
}
