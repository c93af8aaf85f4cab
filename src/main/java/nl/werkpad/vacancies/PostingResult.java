package nl.werkpad.vacancies;

/** What an import did with one JobPosting. */
public enum PostingResult {
    /** A new vacancy. */
    CREATED,
    /** The source sent it before with other content: its vacancy was updated. */
    UPDATED,
    /** Another source (or the form) carries the same vacancy: this became a second source of it. */
    MERGED,
    /** The source sent exactly this before. */
    UNCHANGED,
    /** Not imported; the problems say why. */
    REFUSED
}
