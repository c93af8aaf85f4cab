package nl.werkpad.shared;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An amount of money in euros, held as integer cents: the one parser for what people type ("1.234,50", "1234.50",
 * "€ 10", "10,5") and the one formatter for what they read ("€ 1.234,50", "€1,234.50"). Every form, page and export
 * converts through here, so an amount is read and shown the same way everywhere.
 *
 * <p>An amount too large for any account saturates instead of failing with an arithmetic error or wrapping round,
 * so the money rule ({@link InputCheck#cents}, at most {@link Limits#MAX_CENTS}) refuses it by name next to the field.
 */
public record Money(long cents) implements Comparable<Money>, Serializable {

    public static final Money ZERO = new Money(0);

    private static final BigDecimal LARGEST = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal SMALLEST = BigDecimal.valueOf(Long.MIN_VALUE);
    /** What may stand around the number: the euro sign or code and spaces (also the non-breaking ones). */
    private static final Pattern DECORATION = Pattern.compile("(?i)€|eur(o|os)?\\b|[\\s\\u00a0\\u202f]");

    private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9.,]*");
    /** One separator followed by exactly three digits after one to three: a thousands separator ("1.234", "1,234"). */
    private static final Pattern THOUSANDS_ONLY = Pattern.compile("-?[1-9][0-9]{0,2}[.,][0-9]{3}");

    public static Money ofCents(long cents) {
        return new Money(cents);
    }

    /** Euros as a decimal number, rounded half up to whole cents (and saturating, see above). */
    public static Money ofEuros(BigDecimal euros) {
        BigDecimal cents = euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP);
        return new Money(
                cents.compareTo(LARGEST) > 0
                        ? Long.MAX_VALUE
                        : cents.compareTo(SMALLEST) < 0 ? Long.MIN_VALUE : cents.longValueExact());
    }

    /**
     * Reads an amount as a Dutch or English speaker types it. The separator that comes last is the decimal one when
     * both appear ("1.234,50", "1,234.50"); a lone separator before exactly three digits groups thousands ("1.234");
     * otherwise it separates cents ("10,5", "10.50"). Blank text is no amount ({@code null}).
     *
     * @throws NotAnAmount when the text is not an amount in euros and cents
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String number = DECORATION.matcher(text).replaceAll("");
        if (!NUMBER.matcher(number).matches()) {
            throw new NotAnAmount(text);
        }
        char decimal = decimalSeparator(number);
        char grouping = decimal == ',' ? '.' : ',';
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(decimal);
        symbols.setGroupingSeparator(grouping);
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        BigDecimal euros = (BigDecimal) format.parse(number, position);
        if (euros == null
                || position.getIndex() != number.length()
                || !wellGrouped(number, grouping, decimal)
                || euros.stripTrailingZeros().scale() > 2) {
            throw new NotAnAmount(text);
        }
        return ofEuros(euros);
    }

    private static char decimalSeparator(String number) {
        int comma = number.lastIndexOf(',');
        int point = number.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            return comma > point ? ',' : '.';
        }
        char only = comma >= 0 ? ',' : '.';
        boolean repeated = number.indexOf(only) != number.lastIndexOf(only);
        return repeated || THOUSANDS_ONLY.matcher(number).matches() ? (only == ',' ? '.' : ',') : only;
    }

    /** Thousands come in threes ("1.234.567"), and no grouping separator stands after the decimal one. */
    private static boolean wellGrouped(String number, char grouping, char decimal) {
        int end = number.indexOf(decimal) < 0 ? number.length() : number.indexOf(decimal);
        if (number.indexOf(grouping, end) >= 0) {
            return false;
        }
        String whole = number.substring(number.startsWith("-") ? 1 : 0, end);
        if (whole.indexOf(grouping) < 0) {
            return true;
        }
        String[] groups = whole.split(Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(cents, other.cents));
    }

    public boolean isZero() {
        return cents == 0;
    }

    public BigDecimal euros() {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Whether the amount lies within what one input may carry ({@link Limits#MAX_CENTS} either way). */
    public boolean withinInputBounds() {
        return cents <= Limits.MAX_CENTS && cents >= -Limits.MAX_CENTS;
    }

    /** With the euro sign, always with cents, as amounts stand in a ledger: "€ 1.234,50", "€1,234.50". */
    public String format(Locale locale) {
        return format(euros(), locale);
    }

    /** A sum beyond any single amount (a ledger's totals are summed as SQL numeric), shown as {@link #format}. */
    public static String format(java.math.BigInteger cents, Locale locale) {
        return format(new BigDecimal(cents, 2), locale);
    }

    private static String format(BigDecimal euros, Locale locale) {
        return (dutch(locale) ? "€ " : "€") + number(euros, locale, 2);
    }

    /** The number always with cents, as a ledger or price shows it: "1.234,50", "495,00", "1,234.50". */
    public String number(Locale locale) {
        return number(euros(), locale, 2);
    }

    /**
     * The number as a person would type it back into a form, cents only where the amount has them: "1.234,50",
     * "10", "1,234.50". What {@link #parse} reads, so a form shows what was saved and saves what it shows.
     */
    public String amount(Locale locale) {
        return number(euros(), locale, cents % 100 == 0 ? 0 : 2);
    }

    /** With the euro sign, cents only where the amount has them: "€ 600.000", "€ 10,50". */
    public String compact(Locale locale) {
        return (dutch(locale) ? "€ " : "€") + amount(locale);
    }

    /** As an explanation in the API shows it (English): "€1,234.50", "€600,000". */
    public String english() {
        return "€" + amount(Locale.ENGLISH);
    }

    @Override
    public String toString() {
        return english();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(cents, other.cents);
    }

    private static boolean dutch(Locale locale) {
        return !"en".equals(locale.getLanguage());
    }

    /**
     * The digits grouped by thousands, rounded half even to the fraction digits (as DecimalFormat would, without
     * building one per call: the fund formats every amount in every rule's explanation of every voucher).
     */
    private static String number(BigDecimal euros, Locale locale, int fractionDigits) {
        String plain = euros.setScale(fractionDigits, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = plain.startsWith("-");
        int point = plain.indexOf('.');
        int start = negative ? 1 : 0;
        int end = point < 0 ? plain.length() : point;
        char group = dutch(locale) ? '.' : ',';
        StringBuilder out = new StringBuilder(plain.length() + (end - start) / 3 + 1);
        if (negative) {
            out.append('-');
        }
        int lead = (end - start) % 3 == 0 ? 3 : (end - start) % 3;
        out.append(plain, start, start + lead);
        for (int i = start + lead; i < end; i += 3) {
            out.append(group).append(plain, i, i + 3);
        }
        if (point >= 0) {
            out.append(dutch(locale) ? ',' : '.').append(plain, point + 1, plain.length());
        }
        return out.toString();
    }

    /** Text that is not an amount in euros and cents ("tien", "1.2.3", "12,3456"). */
    public static final class NotAnAmount extends IllegalArgumentException {
        NotAnAmount(String text) {
            super("Not an amount in euros: " + text);
        }
    }
}
