package nl.werkpad.passport.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.shared.Limits;

/**
 * The years and employer a CV line gives an occupation, by one small rule: look in the line (or sentence) that
 * holds the occupation's words for a span of years ("2008-2023", "2008 – heden", "van 2008 tot 2023", "2015 to
 * present"), else a start ("sinds 2015", "vanaf 2015", "since 2015"), else a single year (from and to that year);
 * the employer is a capitalised name (with "van den" and the like inside it) after "bij", "at" or "for" in that line. Nothing guessed beyond that: "15 jaar
 * lasser" gives no years, and the person can fill them in before confirming.
 */
public final class WorkYears {

    /** What the line says; fromYear or toYear null when it does not say. */
    public record Found(Integer fromYear, Integer toYear, String employer) {}

    private static final String YEAR = "((?:19|20)\\d{2})";
    private static final String NOW = "(heden|nu|present|now|today|current|huidig|thans)";
    private static final Pattern SPAN = Pattern.compile("(?iu)(?:\\b(?:van|from)\\s+)?\\b" + YEAR
            + "\\s*(?:-|–|—|/|t/m|tot(?:\\s+en\\s+met)?|to|until|till)\\s*(?:" + YEAR + "\\b|" + NOW + "\\b)");
    private static final Pattern SINCE = Pattern.compile("(?iu)\\b(?:sinds|vanaf|since|from)\\s+" + YEAR + "\\b");
    private static final Pattern SINGLE = Pattern.compile("\\b" + YEAR + "\\b");
    private static final Pattern EMPLOYER = Pattern.compile("(?u)\\b(?:bij|at|for)\\s+(\\p{Lu}[\\p{L}\\p{N}&'.-]*"
            + "(?:\\s+(?:(?:van|der|den|de|het|'t|&)\\s+)*\\p{Lu}[\\p{L}\\p{N}&'.-]*){0,3})");

    private WorkYears() {}

    /** What the line around characters {@code start}..{@code end} of the text says about years and employer. */
    public static Found around(String text, int start, int end) {
        String line = line(text, start, end);
        Integer from = null;
        Integer to = null;
        Matcher span = SPAN.matcher(line);
        Matcher since = SINCE.matcher(line);
        Matcher single = SINGLE.matcher(line);
        if (span.find()) {
            from = Integer.valueOf(span.group(1));
            to = span.group(2) == null ? null : Integer.valueOf(span.group(2));
        } else if (since.find()) {
            from = Integer.valueOf(since.group(1));
        } else if (single.find()) {
            from = Integer.valueOf(single.group(1));
            to = from;
        }
        if (!plausible(from) || (to != null && (!plausible(to) || to < from))) {
            from = null;
            to = null;
        }
        Matcher employer = EMPLOYER.matcher(line);
        return new Found(from, to, employer.find() ? employer.group(1).replaceAll("[.,]+$", "") : null);
    }

    private static boolean plausible(Integer year) {
        return year != null && year >= Limits.FIRST_YEAR && year <= Limits.LAST_YEAR;
    }

    /** The line holding the words; in a text without line breaks, the sentence (a full stop followed by a space). */
    static String line(String text, int start, int end) {
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        while (from > 0 && text.charAt(from - 1) != '\n' && !sentenceEnd(text, from - 1)) {
            from--;
        }
        while (to < text.length() && text.charAt(to) != '\n' && !sentenceEnd(text, to)) {
            to++;
        }
        return text.substring(from, to);
    }

    private static boolean sentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return (c == '.' || c == ';' || c == '!' || c == '?')
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }
}
