package nl.werkpad.vacancies.formats;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.db.ClusterLocks;
import nl.werkpad.vacancies.FeedOutcome;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.VacancySettings;
import nl.werkpad.vacancies.domain.FeedRules;
import nl.werkpad.vacancies.persistence.VacancyFeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Polls the registered JobPosting feeds, once per cluster (ShedLock), and records every run. A feed that answers
 * 304 or the same body as last time changes nothing; one that suddenly carries {@code growthFactor} times more
 * postings, or sends HTML instead of JSON, is refused and its vacancies stay as they were. A feed acts for the
 * administrator who registered it.
 */
@Service
public class FeedPoller {

    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

    private final VacancyFeeds feeds;
    private final JobPostingImporter imports;
    private final FeedFetcher fetcher;
    private final VacancySettings.Feeds settings;
    private final Clock clock;
    private final ClusterLocks locks;

    FeedPoller(
            VacancyFeeds feeds, JobPostingImporter imports, VacancySettings settings, Clock clock, ClusterLocks locks) {
        this.locks = locks;
        this.feeds = feeds;
        this.imports = imports;
        this.settings = settings.feeds();
        this.fetcher =
                new FeedFetcher(this.settings.connectTimeout(), this.settings.readTimeout(), this.settings.maxBytes());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${werkpad.vacancies.feeds.poll:PT30M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "vacancy-feeds", lockAtLeastFor = "PT30S")
    void pollAll() {
        for (UUID feed : feeds.active()) {
            try {
                poll(feed);
            } catch (RuntimeException e) {
                LOG.warn("Feed {} could not be polled: {}", feed, e.getClass().getSimpleName());
            }
        }
    }

    /**
     * Registers a feed for the administrator; it is polled at once and then on the schedule.
     *
     * @throws nl.werkpad.shared.RuleViolation {@code vacancy.feed.name-required}, {@code vacancy.feed.url-invalid},
     *                                         {@code vacancy.feed.url-taken}
     */
    public UUID register(String name, String url, SignedInUser actor) {
        if (!actor.has(Role.BEHEERDER)) {
            throw new AccessDeniedException("Only administrators register feeds");
        }
        var problems = FeedRules.check(name, url);
        if (!problems.isEmpty()) {
            throw RuleViolation.of(
                    problems.getFirst().getValue().rule(),
                    problems.getFirst().getValue().reason());
        }
        if (feeds.urlTaken(url.strip())) {
            throw RuleViolation.of("vacancy.feed.url-taken", "This feed is registered already");
        }
        return feeds.register(name.strip(), url.strip(), actor.accountId(), clock.instant());
    }

    /** Polls one feed now and returns the run it recorded. */
    public VacancyFeeds.Run poll(UUID id) {
        return poll(id, false);
    }

    /**
     * Polls one feed now; {@code acceptGrowth}: an administrator confirmed that the feed really grew. A poll of a feed
     * that is being polled (the schedule and "fetch now", or two nodes) waits for it, then usually finds nothing new.
     */
    public VacancyFeeds.Run poll(UUID id, boolean acceptGrowth) {
        var done = new AtomicReference<VacancyFeeds.Run>();
        locks.exclusively(
                id.getMostSignificantBits() ^ id.getLeastSignificantBits(), () -> done.set(pollNow(id, acceptGrowth)));
        return done.get();
    }

    private VacancyFeeds.Run pollNow(UUID id, boolean acceptGrowth) {
        VacancyFeeds.Feed feed = feeds.byId(id).orElseThrow(() -> NotFound.of("feed", id.toString()));
        Instant start = clock.instant();
        VacancyFeeds.Run run =
                switch (fetcher.fetch(feed.url(), feed.etag(), feed.lastModified())) {
                    case FeedFetcher.Fetched.NotModified n -> run(start, FeedOutcome.NOT_MODIFIED, 304, null, null);
                    case FeedFetcher.Fetched.Failed f ->
                        run(start, FeedOutcome.FAILED, f.status(), f.rule(), f.reason());
                    case FeedFetcher.Fetched.Body body -> imported(feed, body, start, acceptGrowth);
                };
        feeds.record(id, run);
        return run;
    }

    private VacancyFeeds.Run imported(
            VacancyFeeds.Feed feed, FeedFetcher.Fetched.Body body, Instant start, boolean acceptGrowth) {
        String hash = JobPostingImporter.sha256Bytes(body.bytes());
        if (hash.equals(feed.bodyHash())) {
            feeds.remember(feed.id(), body.etag(), body.lastModified(), hash, null);
            return run(start, FeedOutcome.UNCHANGED, body.status(), null, null);
        }
        String type = body.contentType().toLowerCase(Locale.ROOT);
        String text =
                new String(body.bytes(), 0, Math.min(body.bytes().length, 512), StandardCharsets.UTF_8).stripLeading();
        if (type.contains("html") || text.startsWith("<")) {
            return run(
                    start,
                    FeedOutcome.REFUSED,
                    body.status(),
                    "vacancy.feed.html",
                    "The feed sent HTML instead of JSON");
        }
        JobPostingReader.Read read = JobPostingReader.read(body.bytes());
        if (read.items().isEmpty()
                && !read.unreadable().isEmpty()
                && read.unreadable().getFirst().number() == 0) {
            return run(
                    start,
                    FeedOutcome.REFUSED,
                    body.status(),
                    read.unreadable().getFirst().rule(),
                    read.unreadable().getFirst().reason());
        }
        int items = read.items().size();
        if (!acceptGrowth
                && feed.lastItems() != null
                && feed.lastItems() > 0
                && items >= (long) settings.growthFactor() * feed.lastItems()) {
            return run(
                    start,
                    FeedOutcome.REFUSED,
                    body.status(),
                    "vacancy.feed.sudden-growth",
                    "The feed carries " + items + " postings, " + settings.growthFactor() + " times or more the "
                            + feed.lastItems() + " of last time");
        }
        SignedInUser actor =
                new SignedInUser(feed.registeredBy(), "feed:" + feed.id(), feed.name(), Set.of(Role.BEHEERDER));
        JobPostingImports.ImportReport report =
                imports.importRead(read, JobPostingImports.Source.feed(feed.id()), actor);
        feeds.remember(feed.id(), body.etag(), body.lastModified(), hash, items);
        List<JobPostingImports.PostingProblem> problems = report.items().stream()
                .flatMap(o -> o.problems().stream())
                .limit(200)
                .toList();
        return new VacancyFeeds.Run(
                start,
                clock.instant(),
                FeedOutcome.IMPORTED,
                body.status(),
                report.received(),
                report.created(),
                report.updated(),
                report.merged(),
                report.unchanged(),
                report.dropped(),
                report.refused(),
                null,
                problems.isEmpty() ? null : JobPostingJsonLd.JSON.writeValueAsString(problems));
    }

    private VacancyFeeds.Run run(Instant start, FeedOutcome outcome, Integer status, String rule, String reason) {
        return new VacancyFeeds.Run(
                start,
                clock.instant(),
                outcome,
                status,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                rule == null ? null : rule + (reason == null ? "" : ": " + reason),
                null);
    }
}
