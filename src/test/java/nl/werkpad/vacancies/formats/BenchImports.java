package nl.werkpad.vacancies.formats;

import nl.werkpad.access.SignedInUser;
import nl.werkpad.vacancies.JobPostingImports;

/** The import's tuning for the benchmark package: the same import one posting at a time, on one thread. */
public final class BenchImports {

    private BenchImports() {}

    /** Batches of one posting (a commit each), extraction on one thread: the way the import first worked. */
    public static JobPostingImports.ImportReport perPosting(
            JobPostingImports imports, byte[] body, JobPostingImports.Source source, SignedInUser actor) {
        var pool = JobPostingImporter.pool(1);
        try {
            return ((JobPostingImporter) imports).importPostings(body, source, actor, 1, pool);
        } finally {
            pool.shutdownNow();
        }
    }
}
