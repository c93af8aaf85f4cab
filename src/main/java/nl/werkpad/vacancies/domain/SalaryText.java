package nl.werkpad.vacancies.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.shared.Limits;
import tools.jackson.databind.JsonNode;

/**
 * A JobPosting's baseSalary as Werkpad keeps it: gross euros per month, in cents. Read from a number, a
 * MonetaryAmount with a value or a QuantitativeValue range, or text ("€ 2.800 - € 3.400 per maand",
 * "€18,50 per uur"). Other units become a month at 38 hours a week (hour), 5 days a week (day), 52/12 weeks
 * a month (week) and 12 months a year (year). Without a unit the size decides: under 100 an hour, above
 * 15,000 a year, else a month. Amounts in another currency than EUR are not read.
 */
public final class SalaryText {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d.,]*");
    private static final BigDecimal HOURS_A_MONTH = new BigDecimal("164.67"); // 38 h × 52 / 12
    private static final BigDecimal DAYS_A_MONTH = new BigDecimal("21.67"); // 5 × 52 / 12
    private static final BigDecimal WEEKS_A_MONTH = new BigDecimal("4.333");

    private SalaryText() {}

    /** Gross cents per month; either bound may be null. */
    public record Range(Long minCents, Long maxCents) {}

    public sealed interface Parsed {
        record Known(Range range) implements Parsed {}

        record Unknown(String reason) implements Parsed {}
    }

    public static Parsed of(JsonNode salary) {
        if (salary.isNumber() || salary.isString()) {
            return fromText(salary.asString(), null);
        }
        if (!salary.isObject()) {
            return new Parsed.Unknown("baseSalary is neither a number, a text nor a MonetaryAmount");
        }
        String currency = salary.path("currency").asString("EUR");
        if (!currency.isBlank() && !"EUR".equalsIgnoreCase(currency.strip())) {
            return new Parsed.Unknown("baseSalary is in " + currency + ", not EUR");
        }
        JsonNode value = salary.has("value") ? salary.get("value") : salary;
        String unit = salary.path("unitText").asString(null);
        if (value.isObject()) {
            unit = value.path("unitText").asString(unit);
            if (value.hasNonNull("minValue") || value.hasNonNull("maxValue")) {
                BigDecimal min = number(value.get("minValue"));
                BigDecimal max = number(value.get("maxValue"));
                return known(min, max, unit);
            }
            value = value.get("value");
        }
        if (value == null || value.isNull()) {
            return new Parsed.Unknown("baseSalary has no value");
        }
        return fromText(value.asString(), unit);
    }

    /** Salary written as text; a unit in the text ("per uur") wins over the given one. */
    public static Parsed fromText(String text, String unit) {
        List<BigDecimal> amounts = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find() && amounts.size() < 2) {
            BigDecimal amount = amount(m.group());
            if (amount != null) {
                amounts.add(amount);
            }
        }
        if (amounts.isEmpty()) {
            return new Parsed.Unknown("No amount in the salary text \"" + abbreviate(text) + "\"");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        String said = lower.matches(".*(per uur|p/u|/uur|hour|uurloon).*")
                ? "HOUR"
                : lower.matches(".*(per jaar|p/j|/jaar|year|annual|jaarsalaris).*")
                        ? "YEAR"
                        : lower.matches(".*(per week|/week|week).*")
                                ? "WEEK"
                                : lower.matches(".*(per dag|/dag|day).*")
                                        ? "DAY"
                                        : lower.matches(".*(per maand|p/m|/maand|month|maandsalaris).*")
                                                ? "MONTH"
                                                : unit;
        return known(amounts.getFirst(), amounts.size() > 1 ? amounts.get(1) : amounts.getFirst(), said);
    }

    private static Parsed known(BigDecimal min, BigDecimal max, String unit) {
        if (min == null && max == null) {
            return new Parsed.Unknown("baseSalary has neither minValue nor maxValue");
        }
        BigDecimal size = max != null ? max : min;
        String u = unit == null || unit.isBlank()
                ? size.compareTo(BigDecimal.valueOf(100)) < 0
                        ? "HOUR"
                        : size.compareTo(BigDecimal.valueOf(15_000)) > 0 ? "YEAR" : "MONTH"
                : unit.strip().toUpperCase(Locale.ROOT);
        Long lo = monthlyCents(min, u);
        Long hi = monthlyCents(max, u);
        if (lo != null && hi != null && lo > hi) {
            Long swap = lo;
            lo = hi;
            hi = swap;
        }
        if ((lo != null && lo > Limits.MAX_CENTS) || (hi != null && hi > Limits.MAX_CENTS)) {
            return new Parsed.Unknown("baseSalary is larger than Werkpad accepts");
        }
        return new Parsed.Known(new Range(lo, hi));
    }

    private static Long monthlyCents(BigDecimal amount, String unit) {
        if (amount == null) {
            return null;
        }
        BigDecimal month =
                switch (unit) {
                    case "HOUR" -> amount.multiply(HOURS_A_MONTH);
                    case "DAY" -> amount.multiply(DAYS_A_MONTH);
                    case "WEEK" -> amount.multiply(WEEKS_A_MONTH);
                    case "YEAR" -> amount.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
                    default -> amount;
                };
        return month.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static BigDecimal number(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isNumber() ? node.decimalValue() : amount(node.asString());
    }

    /** "2.800", "2.800,50", "2800.50", "2,800.50", "18,50" — Dutch and English separators. */
    static BigDecimal amount(String raw) {
        String s = raw.replaceAll("[.,]+$", "");
        if (s.isEmpty()) {
            return null;
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String normal;
        if (comma >= 0 && dot >= 0) {
            normal = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            normal = s.length() - comma - 1 == 3 && s.indexOf(',') == comma ? s.replace(",", "") : s.replace(',', '.');
        } else if (dot >= 0) {
            normal = s.length() - dot - 1 == 3 ? s.replace(".", "") : s;
        } else {
            normal = s;
        }
        try {
            return new BigDecimal(normal);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
