package nl.werkpad.vacancies;

import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;

/**
 * Vacancies from schema.org JobPosting JSON-LD (docs/formats.md): one object, an array, an ItemList, NDJSON or the
 * JSON-LD blocks of HTML pages. Each posting is imported whole or not at all and reported by its number; one
 * vacancy carried by several sources (or twice by one) stays one vacancy with several sources.
 */
public interface JobPostingImports {

    /**
     * @param name     who sent it: {@code api}, {@code upload} or {@code feed:<id>}
     * @param complete true when the input is everything the source carries now (a feed): its postings that are
     *                 missing are dropped, and a vacancy whose last source dropped it leaves the market
     */
    record Source(String name, boolean complete) {
        public static Source upload() {
            return new Source("upload", false);
        }

        public static Source api() {
            return new Source("api", false);
        }

        public static Source feed(UUID id) {
            return new Source("feed:" + id, true);
        }
    }

    /** What happened to one posting: {@code vacancy} is null when it was refused. */
    record PostingOutcome(
            int item,
            String title,
            PostingResult result,
            UUID vacancy,
            List<PostingProblem> problems,
            List<PostingProblem> notes) {}

    /** A problem of one posting (item 0: the whole input), with the field and the rule (also a message key). */
    record PostingProblem(int item, String field, String rule, String reason) {}

    /** The counts per result, every posting's outcome and the problems of the input as a whole. */
    record ImportReport(
            int received,
            int created,
            int updated,
            int merged,
            int unchanged,
            int refused,
            int dropped,
            List<PostingOutcome> items,
            List<PostingProblem> problems) {}

    ImportReport importPostings(byte[] body, Source source, SignedInUser actor);
}
