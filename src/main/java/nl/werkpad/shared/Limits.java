package nl.werkpad.shared;

/**
 * The stated maxima of what Werkpad accepts, one place for every module, the API documentation and the page
 * inputs ({@code maxlength}). The database keeps the same bounds as CHECK constraints where they existed first.
 */
public final class Limits {

    /** The largest amount of money any single input may carry: EUR 100 million, in cents. */
    public static final long MAX_CENTS = 10_000_000_000L;
    /**
     * Codes and references: municipality and region codes, ESCO concept URIs or ids, ISCO groups, SBI sections,
     * KvK numbers, language tags, target groups, collections.
     */
    public static final int CODE = 100;
    /** Names of people, organisations, sites, coalitions, events, sources. */
    public static final int NAME = 200;
    /** Titles of vacancies, offers, diplomas, actions. */
    public static final int TITLE = 200;
    /** Short labels: codes, employer names, institutions, commitments, references. */
    public static final int SHORT = 300;
    /** Notes, messages, questions, outcomes. */
    public static final int NOTE = 4_000;
    /** Descriptions of vacancies, offers and purpose cases. */
    public static final int DESCRIPTION = 10_000;
    /** Web addresses (an organisation's site, a feed). */
    public static final int URL = 2_000;
    /** A whole text body (a CSV or NDJSON import, a pasted page): 10 million characters. */
    public static final int IMPORT = 10_000_000;
    /** No single JSON string or form value is longer than this, whatever the field. */
    public static final int ANY_TEXT = 20_000;
    /** The oldest and latest year a history entry may name (the database's CHECK). */
    public static final int FIRST_YEAR = 1950;

    public static final int LAST_YEAR = 2100;

    private Limits() {}
}
