package nl.werkpad.vacancies.formats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.vacancies.JobPostingImports.PostingOutcome;
import nl.werkpad.vacancies.JobPostingImports.PostingProblem;
import nl.werkpad.vacancies.PostingResult;
import nl.werkpad.vacancies.persistence.RefusedPostings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One import's use of a feed's remembered refusals: a posting refused at an earlier poll, with the same content (hash)
 * and under the same ESCO version, is refused again from the record, with the same report (its number in this input),
 * without being read or extracted. Only refusals that depend on the posting alone are remembered: its fields, its
 * place, a passed validThrough, a title that names no occupation (under that ESCO version) — not what the vacancy
 * rules or the database refused while writing, which may depend on the moment.
 */
final class RememberedRefusals {

    private final RefusedPostings store;
    private final String source;
    private final String taxonomy;
    private final Map<String, RefusedPostings.Refusal> known;
    private final List<RefusedPostings.Refusal> fresh = new ArrayList<>();
    private final List<String> again = new ArrayList<>();

    private RememberedRefusals(
            RefusedPostings store, String source, String taxonomy, Map<String, RefusedPostings.Refusal> known) {
        this.store = store;
        this.source = source;
        this.taxonomy = taxonomy;
        this.known = known;
    }

    /** The source's refusals of postings with these content hashes, made under this ESCO version. */
    static RememberedRefusals of(RefusedPostings store, String source, String taxonomy, Collection<String> hashes) {
        var found = new HashMap<>(store.byContentHashes(source, hashes));
        found.values().removeIf(r -> !r.taxonomy().equals(taxonomy));
        return new RememberedRefusals(store, source, taxonomy, found);
    }

    boolean knows(String hash) {
        return known.containsKey(hash);
    }

    /** The posting refused again from the record: the same report, under its number in this input. */
    PostingOutcome again(int number, String hash) {
        again.add(hash);
        JsonNode report = JobPostingJsonLd.JSON.readTree(known.get(hash).report());
        JsonNode title = report.get("title");
        return new PostingOutcome(
                number,
                title == null || title.isNull() ? null : title.asString(),
                PostingResult.REFUSED,
                null,
                problems(number, report.get("problems")),
                problems(number, report.get("notes")));
    }

    /** Remembers a refusal made by reading this posting (hash null: nothing to remember it by). */
    PostingOutcome refused(String hash, PostingOutcome outcome) {
        if (hash != null) {
            ObjectNode report = JobPostingJsonLd.JSON.createObjectNode();
            report.put("title", outcome.title());
            write(report.putArray("problems"), outcome.problems());
            write(report.putArray("notes"), outcome.notes());
            fresh.add(new RefusedPostings.Refusal(hash, taxonomy, JobPostingJsonLd.JSON.writeValueAsString(report)));
        }
        return outcome;
    }

    /** After the run: keeps the new and the repeated refusals, forgets the others of the source. */
    void keep(Instant now) {
        store.keep(source, fresh, again, now);
    }

    private static void write(ArrayNode to, List<PostingProblem> problems) {
        problems.forEach(p ->
                to.addObject().put("field", p.field()).put("rule", p.rule()).put("reason", p.reason()));
    }

    private static List<PostingProblem> problems(int number, JsonNode list) {
        List<PostingProblem> problems = new ArrayList<>();
        if (list != null) {
            list.forEach(p -> problems.add(
                    new PostingProblem(number, text(p.get("field")), text(p.get("rule")), text(p.get("reason")))));
        }
        return List.copyOf(problems);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }
}
