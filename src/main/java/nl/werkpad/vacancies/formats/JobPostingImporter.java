package nl.werkpad.vacancies.formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.PostingResult;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.domain.JobPostingFields;
import nl.werkpad.vacancies.domain.NearDuplicates;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports JobPostings (docs/formats.md): reads the input, maps each posting to a vacancy (occupation from the
 * title, skills from the description through {@link SkillExtraction}, organisation, municipality), and writes each
 * in a transaction of its own, so a bad posting leaves nothing behind and the good ones are in. A posting a source
 * sent before (same identifier or URL) updates its vacancy; one that another source carries (same URL, or the same
 * organisation and municipality with a near-identical title and text) becomes a second source of that vacancy.
 */
@Service
class JobPostingImporter implements JobPostingImports {

    /** Skills from a description with at least this score are the vacancy's essential skills. */
    static final double SKILL_SCORE = 0.5;

    static final int MAX_SKILLS = 20;

    private final Vacancies vacancies;
    private final VacancySources sources;
    private final PostingOrganisations organisations;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final SkillExtraction extraction;
    private final TransactionTemplate transactions;
    private final Clock clock;

    JobPostingImporter(
            Vacancies vacancies,
            VacancySources sources,
            PostingOrganisations organisations,
            Regions regions,
            Taxonomy taxonomy,
            SkillExtraction extraction,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.vacancies = vacancies;
        this.sources = sources;
        this.organisations = organisations;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.extraction = extraction;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public ImportReport importPostings(byte[] body, Source source, SignedInUser actor) {
        if (!actor.has(Role.BEHEERDER) && !actor.has(Role.WERKGEVER)) {
            throw new AccessDeniedException("Only employers and administrators import vacancies");
        }
        Instant start = clock.instant();
        JobPostingReader.Read read = JobPostingReader.read(body);
        List<PostingProblem> problems = new ArrayList<>();
        List<PostingOutcome> outcomes = new ArrayList<>();
        read.unreadable().forEach(u -> {
            if (u.number() == 0) {
                problems.add(new PostingProblem(0, null, u.rule(), u.reason()));
            } else {
                outcomes.add(new PostingOutcome(
                        u.number(),
                        null,
                        PostingResult.REFUSED,
                        null,
                        List.of(new PostingProblem(u.number(), null, u.rule(), u.reason())),
                        List.of()));
            }
        });
        List<UUID> seen = new ArrayList<>();
        for (JobPostingReader.Item item : read.items()) {
            outcomes.add(one(item, source, actor, seen));
        }
        transactions.executeWithoutResult(s -> sources.seen(seen, clock.instant()));
        int dropped = 0;
        if (source.complete() && problems.isEmpty()) {
            dropped = transactions.execute(s -> {
                List<UUID> gone = sources.dropMissing(source.name(), start, clock.instant());
                gone.forEach(id -> vacancies.changeStatus(id, VacancyStatus.CLOSED, actor));
                return gone.size();
            });
        }
        outcomes.sort(java.util.Comparator.comparingInt(PostingOutcome::item));
        return new ImportReport(
                read.items().size()
                        + (int) read.unreadable().stream()
                                .filter(u -> u.number() > 0)
                                .count(),
                count(outcomes, PostingResult.CREATED),
                count(outcomes, PostingResult.UPDATED),
                count(outcomes, PostingResult.MERGED),
                count(outcomes, PostingResult.UNCHANGED),
                count(outcomes, PostingResult.REFUSED),
                dropped,
                outcomes,
                problems);
    }

    private static int count(List<PostingOutcome> outcomes, PostingResult result) {
        return (int) outcomes.stream().filter(o -> o.result() == result).count();
    }

    private PostingOutcome one(JobPostingReader.Item item, Source source, SignedInUser actor, List<UUID> seen) {
        JobPostingFields.Read read = JobPostingFields.read(item.posting());
        JobPostingFields.Fields f = read.fields();
        List<PostingProblem> notes = read.notes().stream()
                .map(p -> new PostingProblem(item.number(), p.field(), p.rule(), p.reason()))
                .toList();
        List<PostingProblem> problems = new ArrayList<>(read.problems().stream()
                .map(p -> new PostingProblem(item.number(), p.field(), p.rule(), p.reason()))
                .toList());
        LocalDate today = LocalDate.now(clock);
        if (f.validThrough() != null && f.validThrough().isBefore(today)) {
            problems.add(new PostingProblem(
                    item.number(),
                    "validThrough",
                    "vacancy.import.expired",
                    "validThrough " + f.validThrough() + " has passed"));
        }
        Municipality municipality = null;
        if (!f.locations().isEmpty()) {
            municipality = f.locations().stream()
                    .map(l -> regions.municipalityByNameOrCode(l.locality()))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .orElse(null);
            if (municipality == null) {
                problems.add(new PostingProblem(
                        item.number(),
                        "jobLocation.address.addressLocality",
                        "vacancy.import.municipality-unknown",
                        "No Dutch municipality is called "
                                + f.locations().stream()
                                        .map(l -> String.valueOf(l.locality()))
                                        .toList()));
            }
        }
        Found found = problems.isEmpty() ? read(f) : null;
        if (found != null && found.occupation() == null) {
            problems.add(new PostingProblem(
                    item.number(),
                    "title",
                    "vacancy.import.occupation-unknown",
                    "No ESCO occupation matches the title \"" + f.title() + "\""));
        }
        if (!problems.isEmpty()) {
            return new PostingOutcome(item.number(), f.title(), PostingResult.REFUSED, null, problems, notes);
        }
        String original = JobPostingJsonLd.JSON.writeValueAsString(item.posting());
        String hash = sha256(original);
        String key = f.identifier() != null
                ? "id:" + f.identifier()
                : f.url() != null
                        ? "url:" + f.url()
                        : "hash:" + sha256(f.title() + '|' + f.organisation().name() + '|' + municipality.code());
        Municipality place = municipality;
        try {
            return transactions.execute(
                    s -> write(item.number(), f, place, found, source, key, original, hash, actor, seen, notes));
        } catch (RuleViolation | AccessDeniedException e) {
            String rule = e instanceof RuleViolation v ? v.rule() : "vacancy.import.not-yours";
            return new PostingOutcome(
                    item.number(),
                    f.title(),
                    PostingResult.REFUSED,
                    null,
                    List.of(new PostingProblem(item.number(), null, rule, e.getMessage())),
                    notes);
        }
    }

    /** The occupation and skills the posting's words name (no database writes; outside the transaction). */
    private record Found(String occupation, List<String> skills, String evidence) {}

    private Found read(JobPostingFields.Fields f) {
        String occupation = f.occupationUri() == null
                ? null
                : taxonomy.occupationRef(f.occupationUri(), "en")
                        .map(o -> o.id())
                        .orElse(null);
        SkillExtraction engine = extraction;
        if (occupation == null) {
            occupation = engine.extract(new ExtractionRequest(f.title(), null, 3)).occupations().stream()
                    .findFirst()
                    .map(o -> o.occupation().id())
                    .orElse(null);
        }
        if (occupation == null) {
            // the search forgives typos; the title must share a word with the occupation's names (compounds count)
            occupation = taxonomy.suggestOccupations(f.title(), "nl", 1).stream()
                    .filter(o ->
                            nl.werkpad.vacancies.domain.NearDuplicates.sharesAWord(f.title(), o.label(), o.altLabels()))
                    .findFirst()
                    .map(o -> o.id())
                    .orElse(null);
        }
        if (f.description() == null || f.description().isBlank()) {
            return new Found(occupation, null, null);
        }
        String text = f.description().length() > SkillExtraction.MAX_TEXT_CHARS
                ? f.description().substring(0, SkillExtraction.MAX_TEXT_CHARS)
                : f.description();
        Extraction found = engine.extract(new ExtractionRequest(text, null, MAX_SKILLS));
        List<Extraction.FoundSkill> stated = found.skills().stream()
                .filter(s -> !s.onlyFromOccupation() && s.score() >= SKILL_SCORE)
                .toList();
        return new Found(
                occupation,
                stated.isEmpty()
                        ? null
                        : stated.stream().map(s -> s.skill().id()).toList(),
                stated.isEmpty()
                        ? null
                        : JobPostingJsonLd.JSON.writeValueAsString(stated.stream()
                                .map(s -> java.util.Map.of(
                                        "skill",
                                        s.skill().uri() == null
                                                ? s.skill().id()
                                                : s.skill().uri(),
                                        "score",
                                        s.score(),
                                        "evidence",
                                        s.evidence()))
                                .toList()));
    }

    private PostingOutcome write(
            int number,
            JobPostingFields.Fields f,
            Municipality municipality,
            Found found,
            Source source,
            String key,
            String original,
            String hash,
            SignedInUser actor,
            List<UUID> seen,
            List<PostingProblem> notes) {
        Instant now = clock.instant();
        PostingOrganisations.Match organisation =
                organisations.of(f.organisation(), municipality.code(), source, actor);
        VacancyInput input = new VacancyInput(
                organisation.id(),
                f.title(),
                f.description(),
                found.occupation(),
                municipality.code(),
                f.kind(),
                f.hoursPerWeek(),
                f.contractType(),
                null,
                f.salary() == null ? null : f.salary().minCents(),
                f.salary() == null ? null : f.salary().maxCents(),
                f.validThrough(),
                null,
                null,
                VacancyStatus.OPEN,
                found.skills(),
                null);
        List<PostingProblem> said = new ArrayList<>(notes);
        if (organisation.created()) {
            said.add(new PostingProblem(
                    number,
                    "hiringOrganization",
                    "vacancy.import.organisation-created",
                    "Organisation " + f.organisation().name() + " was created, not yet verified"));
        }
        Optional<VacancySources.Existing> existing = sources.bySourceKey(source.name(), key);
        if (existing.isPresent()) {
            VacancySources.Existing e = existing.get();
            if (e.contentHash().equals(hash)) {
                seen.add(e.id());
                return new PostingOutcome(number, f.title(), PostingResult.UNCHANGED, e.vacancy(), List.of(), said);
            }
            vacancies.update(e.vacancy(), input, actor);
            if ("EXPIRED".equals(e.status()) || "DRAFT".equals(e.status())) {
                vacancies.changeStatus(e.vacancy(), VacancyStatus.OPEN, actor);
            }
            sources.changed(e.id(), f.url(), original, hash, found.evidence(), now);
            return new PostingOutcome(number, f.title(), PostingResult.UPDATED, e.vacancy(), List.of(), said);
        }
        Optional<UUID> same = f.url() == null ? Optional.empty() : sources.openVacancyAt(f.url());
        if (same.isEmpty()) {
            same = sources.openVacancies(organisation.id(), municipality.code()).stream()
                    .filter(c -> NearDuplicates.same(f.title(), f.description(), c.title(), c.description()))
                    .map(VacancySources.Candidate::vacancy)
                    .findFirst();
        }
        if (same.isPresent()) {
            sources.add(same.get(), source.name(), key, f.url(), original, hash, found.evidence(), false, now);
            return new PostingOutcome(number, f.title(), PostingResult.MERGED, same.get(), List.of(), said);
        }
        UUID id = vacancies.create(input, actor).id();
        sources.add(id, source.name(), key, f.url(), original, hash, found.evidence(), true, now);
        return new PostingOutcome(number, f.title(), PostingResult.CREATED, id, List.of(), said);
    }

    static String sha256(String text) {
        return sha256Bytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static String sha256Bytes(byte[] bytes) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
