package nl.werkpad.extraction;

import org.jspecify.annotations.Nullable;

/**
 * What to read.
 *
 * @param text     the text, at most {@link SkillExtraction#MAX_TEXT_CHARS} characters
 * @param language "nl" or "en"; null to detect it from the text
 * @param limit    how many skills and how many occupations at most (1..{@link SkillExtraction#MAX_LIMIT})
 */
public record ExtractionRequest(String text, @Nullable String language, int limit) {

    public static final int DEFAULT_LIMIT = 20;

    public static ExtractionRequest of(String text) {
        return new ExtractionRequest(text, null, DEFAULT_LIMIT);
    }
}
