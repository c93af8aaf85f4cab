package nl.werkpad.vacancies;

/** How a poll of a JobPosting feed ended. Only IMPORTED changes vacancies. */
public enum FeedOutcome {
    /** Read and imported posting by posting. */
    IMPORTED,
    /** The server answered 304 to the conditional GET. */
    NOT_MODIFIED,
    /** The same body as last time. */
    UNCHANGED,
    /** Read, but refused as a whole (HTML instead of JSON, sudden growth, unreadable). */
    REFUSED,
    /** No usable answer (unreachable, timeout, HTTP error, too large). */
    FAILED
}
