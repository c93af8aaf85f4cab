package nl.werkpad.extraction;

import java.util.List;
import java.util.Objects;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The rules a text passes before it is read, the same for the API and every page that takes a CV, a vacancy text
 * or a course description: not blank, at most {@link SkillExtraction#MAX_TEXT_CHARS} characters, no control
 * characters, words rather than binary junk, a language Werkpad reads, a limit in 1..{@link SkillExtraction#MAX_LIMIT}.
 * Pure functions; a broken rule is an {@link InvalidInput} naming the field, so the API answers problem+json and a
 * page puts the message next to the field.
 */
public final class TextInput {

    /** The text holds no words: binary data, or characters a decoder could not read. */
    public static final String NOT_TEXT = "extraction.not-text";
    /** A language Werkpad does not read. */
    public static final String LANGUAGE = "extraction.language";

    public static final List<String> LANGUAGES = List.of("nl", "en");

    /** At least this share of the visible characters are letters in anything a person wrote. */
    private static final double MIN_LETTER_SHARE = 0.25;
    /** Undecodable (U+FFFD), private-use or unassigned characters: a few may slip into a pasted CV, not more. */
    private static final double MAX_JUNK_SHARE = 0.02;

    private TextInput() {}

    /**
     * Checks the input and returns the request to read, with the default limit when none was given.
     *
     * @param field the name of the text field as the client knows it ("text", "description")
     */
    public static ExtractionRequest checked(
            String field, @Nullable String text, @Nullable String language, @Nullable Integer limit) {
        InputCheck check = InputCheck.of();
        if (text == null || text.isBlank()) {
            check.required(field, null);
        } else {
            check.text(field, text, SkillExtraction.MAX_TEXT_CHARS);
        }
        check.range("limit", limit, 1, SkillExtraction.MAX_LIMIT);
        check.orThrow();
        // orThrow refused a missing text; the compiler cannot see that
        String given = Objects.requireNonNull(text);
        if (!looksLikeText(given)) {
            throw InvalidInput.of(
                    field, NOT_TEXT, field + " holds no readable words (binary data or undecodable characters)", null);
        }
        if (language != null && !LANGUAGES.contains(language)) {
            throw InvalidInput.of(
                    "language",
                    LANGUAGE,
                    "language is one of " + String.join(", ", LANGUAGES),
                    String.join(", ", LANGUAGES));
        }
        return new ExtractionRequest(given, language, limit == null ? ExtractionRequest.DEFAULT_LIMIT : limit);
    }

    /** True when the text reads as words: enough letters and hardly any undecodable or unassigned characters. */
    public static boolean looksLikeText(String text) {
        int visible = 0;
        int letters = 0;
        int junk = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c)) {
                continue;
            }
            visible++;
            int type = Character.getType(c);
            if (Character.isLetter(c)) {
                letters++;
            } else if (c == 0xFFFD
                    || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED
                    || type == Character.SURROGATE) {
                junk++;
            }
        }
        return visible > 0 && letters >= MIN_LETTER_SHARE * visible && junk <= Math.max(2, MAX_JUNK_SHARE * visible);
    }
}
