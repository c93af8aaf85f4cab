package nl.werkpad.vacancies.formats;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.db.DatabaseRefusal;
import nl.werkpad.vacancies.JobPostingImports.PostingOutcome;
import nl.werkpad.vacancies.JobPostingImports.PostingProblem;
import nl.werkpad.vacancies.JobPostingImports.Source;
import nl.werkpad.vacancies.PostingResult;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.domain.NearDuplicates;
import nl.werkpad.vacancies.persistence.ImportedVacancies;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.springframework.dao.DataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a batch of read postings in one transaction, each posting inside a savepoint of its own: a refused posting
 * (a rule the vacancy breaks, a value the database refuses) is rolled back alone and reported, the rest of the batch
 * commits. One commit per batch instead of one per posting; the de-duplication candidates of the whole batch are
 * fetched before its first posting is written.
 */
@Component
class PostingWriter {

    /** A posting read and extracted, ready to be written. */
    record Ready(PreparedPosting posting, PostingReading.Found found) {}

    /** What one import shares between its batches. */
    record Run(
            Source source,
            SignedInUser actor,
            PostingOrganisations.Resolver organisations,
            KnownPostings known,
            List<UUID> seen) {}

    private final Vacancies vacancies;
    private final VacancySources sources;
    private final ImportedVacancies imported;
    private final TransactionTemplate batch;
    private final TransactionTemplate posting;
    private final Clock clock;

    PostingWriter(
            Vacancies vacancies,
            VacancySources sources,
            ImportedVacancies imported,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.vacancies = vacancies;
        this.imported = imported;
        this.sources = sources;
        this.batch = new TransactionTemplate(transactions);
        this.posting = new TransactionTemplate(transactions);
        this.posting.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.clock = clock;
    }

    List<PostingOutcome> write(List<Ready> ready, Run run) {
        return batch.execute(s -> {
            run.known()
                    .loadUrls(ready.stream()
                            .map(r -> r.posting().fields().url())
                            .filter(Objects::nonNull)
                            .toList());
            run.known()
                    .loadPlaces(ready.stream()
                            .flatMap(r -> run
                                    .organisations()
                                    .existing(r.posting().fields().organisation())
                                    .map(o -> new VacancySources.Place(
                                            o, r.posting().municipality().code()))
                                    .stream())
                            .toList());
            List<PostingOutcome> outcomes = new ArrayList<>(ready.size());
            for (Ready r : ready) {
                outcomes.add(one(r, run));
            }
            return outcomes;
        });
    }

    private PostingOutcome one(Ready r, Run run) {
        PreparedPosting p = r.posting();
        try {
            Written written = posting.execute(s -> write(p, r.found(), run));
            written.remember().run();
            return written.outcome();
        } catch (RuleViolation | AccessDeniedException e) {
            run.organisations().rolledBack();
            if (e instanceof InvalidInput invalid && !invalid.errors().isEmpty()) {
                var first = invalid.errors().getFirst();
                return refused(p, new PostingProblem(p.number(), first.field(), first.rule(), first.message()));
            }
            String rule = e instanceof RuleViolation v ? v.rule() : "vacancy.import.not-yours";
            return refused(p, new PostingProblem(p.number(), null, rule, e.getMessage()));
        } catch (DataAccessException e) {
            run.organisations().rolledBack();
            var refusal = DatabaseRefusal.of(e);
            return refused(
                    p,
                    new PostingProblem(
                            p.number(),
                            refusal.map(DatabaseRefusal::field).orElse(null),
                            "vacancy.import.not-written",
                            refusal.map(DatabaseRefusal::message).orElse("The database refused this posting")));
        }
    }

    private static PostingOutcome refused(PreparedPosting p, PostingProblem problem) {
        return new PostingOutcome(
                p.number(), p.fields().title(), PostingResult.REFUSED, null, List.of(problem), p.notes());
    }

    /** The outcome, and what the import learns from it once its savepoint is released. */
    private record Written(PostingOutcome outcome, Runnable remember) {}

    private Written write(PreparedPosting p, PostingReading.Found found, Run run) {
        var f = p.fields();
        Instant now = clock.instant();
        PostingOrganisations.Match organisation =
                run.organisations().of(f.organisation(), p.municipality().code());
        VacancyInput input = new VacancyInput(
                organisation.id(),
                f.title(),
                f.description(),
                found.occupation(),
                p.municipality().code(),
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
        List<PostingProblem> said = new ArrayList<>(p.notes());
        if (organisation.created()) {
            said.add(new PostingProblem(
                    p.number(),
                    "hiringOrganization",
                    "vacancy.import.organisation-created",
                    "Organisation " + f.organisation().name() + " was created, not yet verified"));
        }
        String source = run.source().name();
        KnownPostings known = run.known();
        Optional<VacancySources.Existing> existing = known.byKey(p.key());
        if (existing.isPresent()) {
            VacancySources.Existing e = existing.get();
            if (e.contentHash().equals(p.hash())) {
                return new Written(outcome(p, PostingResult.UNCHANGED, e.vacancy(), said), () -> run.seen()
                        .add(e.id()));
            }
            Vacancy after = vacancies.update(e.vacancy(), input, run.actor());
            if ("EXPIRED".equals(e.status()) || "DRAFT".equals(e.status())) {
                after = vacancies.changeStatus(e.vacancy(), VacancyStatus.OPEN, run.actor());
            }
            sources.changed(e.id(), f.url(), p.original(), p.hash(), found.evidence(), now);
            Vacancy updated = after;
            return new Written(
                    outcome(p, PostingResult.UPDATED, e.vacancy(), said),
                    () -> known.updated(p.key(), e, updated, p.hash(), f.url()));
        }
        Optional<UUID> same = known.openAt(f.url());
        if (same.isEmpty()) {
            same = known
                    .candidates(new VacancySources.Place(
                            organisation.id(), p.municipality().code()))
                    .stream()
                    .filter(c -> NearDuplicates.same(f.title(), f.description(), c.title(), c.description()))
                    .map(VacancySources.Candidate::vacancy)
                    .findFirst();
        }
        if (same.isPresent()) {
            UUID vacancy = same.get();
            UUID added = sources.add(
                    vacancy, source, p.key(), f.url(), p.original(), p.hash(), found.evidence(), false, now);
            return new Written(
                    outcome(p, PostingResult.MERGED, vacancy, said),
                    () -> known.merged(p.key(), added, vacancy, p.hash(), f.url()));
        }
        ImportedVacancies.Created created = imported.create(input, run.actor());
        UUID added = sources.add(
                created.id(), source, p.key(), f.url(), p.original(), p.hash(), found.evidence(), true, now);
        return new Written(
                outcome(p, PostingResult.CREATED, created.id(), said),
                () -> known.created(p.key(), added, created, p.hash(), f.url()));
    }

    private static PostingOutcome outcome(
            PreparedPosting p, PostingResult result, UUID vacancy, List<PostingProblem> notes) {
        return new PostingOutcome(p.number(), p.fields().title(), result, vacancy, List.of(), notes);
    }
}
