package nl.werkpad.extraction;

/**
 * Finds the ESCO skills and occupations a text names, ranked, each with its evidence. Stateless and
 * thread-safe; reads only what the taxonomy holds in memory, so it never writes anything.
 */
public interface SkillExtraction {

    /** The most texts' characters one call reads (longer texts are refused, not cut). */
    int MAX_TEXT_CHARS = 100_000;

    /** The most skills or occupations one call returns. */
    int MAX_LIMIT = 100;

    /**
     * Reads the text.
     *
     * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_TEXT_CHARS}, or
     *                                  the limit is outside 1..{@link #MAX_LIMIT}
     */
    Extraction extract(ExtractionRequest request);
}
