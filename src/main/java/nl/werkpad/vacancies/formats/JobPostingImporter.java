package nl.werkpad.vacancies.formats;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.PostingResult;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancySettings;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.domain.JobPostingFields;
import nl.werkpad.vacancies.persistence.RefusedPostings;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports JobPostings (docs/formats.md) in three stages. Reading: every posting is read and checked, its key and
 * content hash computed; the source's earlier postings with those keys are fetched in one query, and a posting whose
 * content did not change is UNCHANGED at once (no extraction, nothing written). Extraction: the occupation (from the
 * title, once per distinct title) and skills (from the description) of the rest, on a small pool of threads, ahead of
 * the writer. Writing: batches of postings in one transaction each, every posting in a savepoint of its own
 * ({@link PostingWriter}), so a bad posting leaves nothing behind and the good ones are in.
 */
@Service
class JobPostingImporter implements JobPostingImports {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JobPostingImporter.class);

    private final Vacancies vacancies;
    private final VacancySources sources;
    private final PostingOrganisations organisations;
    private final PostingWriter writer;
    private final Regions regions;
    private final Taxonomy taxonomy;
    private final SkillExtraction extraction;
    private final TransactionTemplate transactions;
    private final VacancySettings.Imports settings;
    private final ExecutorService readers;
    private final Clock clock;
    private final RefusedPostings refusals;
    private final TitleOccupations titles;

    JobPostingImporter(
            Vacancies vacancies,
            VacancySources sources,
            PostingOrganisations organisations,
            PostingWriter writer,
            Regions regions,
            Taxonomy taxonomy,
            SkillExtraction extraction,
            PlatformTransactionManager transactions,
            VacancySettings settings,
            Clock clock,
            RefusedPostings refusals,
            TitleOccupations titles) {
        this.refusals = refusals;
        this.titles = titles;
        this.vacancies = vacancies;
        this.sources = sources;
        this.organisations = organisations;
        this.writer = writer;
        this.regions = regions;
        this.taxonomy = taxonomy;
        this.extraction = extraction;
        this.transactions = new TransactionTemplate(transactions);
        this.settings = settings.imports();
        this.readers = pool(
                this.settings.threads() > 0
                        ? this.settings.threads()
                        : Runtime.getRuntime().availableProcessors());
        this.clock = clock;
    }

    static ExecutorService pool(int threads) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "jobposting-reader-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @jakarta.annotation.PreDestroy
    void close() {
        readers.shutdownNow();
    }

    @Override
    public ImportReport importPostings(byte[] body, Source source, SignedInUser actor) {
        return importPostings(body, source, actor, settings.batchSize(), readers);
    }

    /** The import with a batch size and a pool of its own (the benchmark compares them). */
    ImportReport importPostings(byte[] body, Source source, SignedInUser actor, int batchSize, ExecutorService pool) {
        return importRead(JobPostingReader.read(body), source, actor, batchSize, pool);
    }

    /** An input the caller read already (a feed poll reads it to count its postings first). */
    ImportReport importRead(JobPostingReader.Read read, Source source, SignedInUser actor) {
        return importRead(read, source, actor, settings.batchSize(), readers);
    }

    private ImportReport importRead(
            JobPostingReader.Read read, Source source, SignedInUser actor, int batchSize, ExecutorService pool) {
        if (!actor.has(Role.BEHEERDER) && !actor.has(Role.WERKGEVER)) {
            throw new AccessDeniedException("Only employers and administrators import vacancies");
        }
        Instant start = clock.instant();
        long started = System.nanoTime();
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
        LocalDate today = LocalDate.now(clock);
        Map<String, Optional<Municipality>> places = new ConcurrentHashMap<>();
        java.util.function.Function<JobPostingReader.Item, PreparedPosting> prepare = item ->
                PreparedPosting.of(item, l -> places.computeIfAbsent(l, regions::municipalityByNameOrCode), today);
        // a posting the source sent before with the same content is recognised by its hash, before it is read
        List<String> hashes = all(read.items().stream()
                .map(item -> pool.submit(() -> sha256(JobPostingJsonLd.JSON.writeValueAsString(item.posting()))))
                .toList());
        Map<String, VacancySources.Sent> sent = sources.byContentHashes(
                source.name(), hashes.stream().distinct().toList());
        List<JobPostingReader.Item> items = read.items();
        Map<Integer, String> hashOf = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            hashOf.put(items.get(i).number(), hashes.get(i));
        }
        String escoVersion = escoVersion();
        // a feed's posting refused before with the same content is refused again from the record, unread
        RememberedRefusals remembered = RememberedRefusals.of(
                refusals,
                source.name(),
                escoVersion,
                source.complete()
                        ? hashes.stream()
                                .filter(h -> !sent.containsKey(h))
                                .distinct()
                                .toList()
                        : List.of());
        List<Integer> again = new ArrayList<>();
        List<Future<PreparedPosting>> toRead = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (sent.containsKey(hashes.get(i))) {
                again.add(i);
            } else if (remembered.knows(hashes.get(i))) {
                outcomes.add(remembered.again(items.get(i).number(), hashes.get(i)));
            } else {
                JobPostingReader.Item item = items.get(i);
                toRead.add(pool.submit(() -> prepare.apply(item)));
            }
        }
        List<PreparedPosting> prepared = new ArrayList<>(all(toRead));
        Set<String> readKeys = prepared.stream()
                .filter(p -> !p.refused())
                .map(PreparedPosting::key)
                .collect(java.util.stream.Collectors.toSet());
        List<UUID> seen = new ArrayList<>();
        for (int i : again) {
            JobPostingReader.Item item = items.get(i);
            VacancySources.Sent before = sent.get(hashes.get(i));
            JobPostingFields.Glance glance = JobPostingFields.glance(item.posting());
            boolean expired =
                    glance.validThrough() != null && glance.validThrough().isBefore(today);
            if (expired || readKeys.contains(before.key())) {
                // refused now, or another posting of the input carries the same key: read and written in order
                prepared.add(prepare.apply(item));
            } else {
                seen.add(before.existing().id());
                outcomes.add(new PostingOutcome(
                        item.number(),
                        glance.title(),
                        PostingResult.UNCHANGED,
                        before.existing().vacancy(),
                        List.of(),
                        List.of()));
            }
        }
        prepared.sort(Comparator.comparingInt(PreparedPosting::number));
        long readAt = System.nanoTime();
        KnownPostings known = new KnownPostings(sources, source.name());
        known.loadKeys(prepared.stream()
                .filter(p -> !p.refused())
                .map(PreparedPosting::key)
                .distinct()
                .toList());
        PostingReading reading = new PostingReading(taxonomy, extraction, titles.under(escoVersion));
        List<Future<PostingWriter.Ready>> pending = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (PreparedPosting p : prepared) {
            if (p.refused()) {
                outcomes.add(remembered.refused(hashOf.get(p.number()), refused(p, p.problems())));
                continue;
            }
            var before = keys.add(p.key()) ? known.byKey(p.key()) : Optional.<VacancySources.Existing>empty();
            if (before.isPresent() && before.get().contentHash().equals(p.hash())) {
                seen.add(before.get().id());
                outcomes.add(new PostingOutcome(
                        p.number(),
                        p.fields().title(),
                        PostingResult.UNCHANGED,
                        before.get().vacancy(),
                        List.of(),
                        p.notes()));
                continue;
            }
            pending.add(pool.submit(() -> new PostingWriter.Ready(p, reading.read(p.fields()))));
        }
        LOG.debug(
                "{}: {} postings read and checked in {} ms, {} unchanged",
                source.name(),
                prepared.size(),
                (readAt - started) / 1_000_000,
                seen.size());
        var run = new PostingWriter.Run(source, actor, organisations.resolver(source, actor), known, seen);
        try {
            outcomes.addAll(write(pending, run, batchSize, remembered, hashOf));
        } catch (RuntimeException e) {
            pending.forEach(f -> f.cancel(true)); // the readers need not finish what nobody will write
            throw e;
        }
        LOG.debug(
                "{}: {} postings extracted and written in {} ms",
                source.name(),
                pending.size(),
                (System.nanoTime() - readAt) / 1_000_000);
        transactions.executeWithoutResult(s -> {
            sources.seen(seen, clock.instant());
            if (source.complete()) {
                remembered.keep(clock.instant());
            }
        });
        int dropped = 0;
        if (source.complete() && problems.isEmpty()) {
            dropped = transactions.execute(s -> {
                List<UUID> gone = sources.dropMissing(source.name(), start, seen, clock.instant());
                gone.forEach(id -> vacancies.changeStatus(id, VacancyStatus.CLOSED, actor));
                return gone.size();
            });
        }
        outcomes.sort(Comparator.comparingInt(PostingOutcome::item));
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

    /** Writes the read postings in batches as they come from the readers, in the input's order. */
    private List<PostingOutcome> write(
            List<Future<PostingWriter.Ready>> pending,
            PostingWriter.Run run,
            int batchSize,
            RememberedRefusals remembered,
            Map<Integer, String> hashOf) {
        List<PostingOutcome> outcomes = new ArrayList<>();
        List<PostingWriter.Ready> batch = new ArrayList<>(batchSize);
        for (Future<PostingWriter.Ready> future : pending) {
            PostingWriter.Ready r = get(future);
            if (r.found().occupation() == null) {
                outcomes.add(remembered.refused(
                        hashOf.get(r.posting().number()),
                        refused(
                                r.posting(),
                                List.of(new PostingProblem(
                                        r.posting().number(),
                                        "title",
                                        "vacancy.import.occupation-unknown",
                                        "No ESCO occupation matches the title \""
                                                + r.posting().fields().title() + "\"")))));
                continue;
            }
            batch.add(r);
            if (batch.size() >= batchSize) {
                outcomes.addAll(writer.write(batch, run));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            outcomes.addAll(writer.write(batch, run));
        }
        return outcomes;
    }

    /**
     * The ESCO version the taxonomy holds: what a title named, or did not, holds for that version. Asked at most once a
     * minute (the taxonomy's figures take a moment to count), so an ESCO import counts for imports within a minute, on
     * every node.
     */
    private String escoVersion() {
        long now = System.nanoTime();
        var known = esco;
        if (known == null || now - known.at() > java.util.concurrent.TimeUnit.MINUTES.toNanos(1)) {
            var info = taxonomy.info();
            esco = known = new Esco(info.version() + "@" + info.importedAt(), now);
        }
        return known.version();
    }

    private record Esco(String version, long at) {}

    private volatile Esco esco;

    private static PostingOutcome refused(PreparedPosting p, List<PostingProblem> problems) {
        return new PostingOutcome(p.number(), p.fields().title(), PostingResult.REFUSED, null, problems, p.notes());
    }

    private static <T> List<T> all(List<Future<T>> futures) {
        return futures.stream().map(JobPostingImporter::get).toList();
    }

    private static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The import was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static int count(List<PostingOutcome> outcomes, PostingResult result) {
        return (int) outcomes.stream().filter(o -> o.result() == result).count();
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
