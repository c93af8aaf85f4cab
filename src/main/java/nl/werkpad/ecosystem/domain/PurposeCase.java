package nl.werkpad.ecosystem.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.werkpad.shared.Money;
import nl.werkpad.shared.RuleCheck;

/**
 * The financing rules of a purpose case (Uitvoeringsagenda A&amp;O 2021-2023, H4 and Bijlage 5): the
 * province co-finances at most half; education and business preferably carry equal shares; the
 * coalition works triple helix. Pure policy over the partners' data.
 */
public final class PurposeCase {

    /** The province may pay at most this share of the total. */
    public static final double PROVINCE_MAX_SHARE = 0.5;
    /** Education and business count as equal shares when they differ by at most this part of their sum. */
    public static final double EQUAL_SHARES_TOLERANCE = 0.2;

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    public enum Helix {
        BUSINESS,
        EDUCATION,
        GOVERNMENT,
        PROVINCE
    }

    public record Partner(String name, Helix helix, long contributionCents) {}

    private PurposeCase() {}

    public static List<RuleCheck> check(List<Partner> partners) {
        List<RuleCheck> checks = new ArrayList<>();
        long total = partners.stream().mapToLong(Partner::contributionCents).sum();
        long province = sum(partners, Helix.PROVINCE);
        long education = sum(partners, Helix.EDUCATION);
        long business = sum(partners, Helix.BUSINESS);
        checks.add(RuleCheck.of(
                "coalition.financing-present",
                total > 0,
                true,
                total > 0
                        ? "The partners finance %s in all".formatted(euros(total))
                        : "No partner contributes anything yet",
                amount(total)));
        int provincePercent = total == 0 ? 0 : (int) Math.round(100.0 * province / total);
        checks.add(RuleCheck.of(
                "coalition.province-at-most-half",
                total > 0 && province <= total * PROVINCE_MAX_SHARE,
                true,
                "The province pays %s of %s (%d%%); at most 50%% is allowed"
                        .formatted(euros(province), euros(total), provincePercent),
                amount(province),
                amount(total),
                provincePercent));
        boolean equal = education + business > 0
                && Math.abs(education - business) <= EQUAL_SHARES_TOLERANCE * (education + business);
        checks.add(RuleCheck.of(
                "coalition.equal-shares-preferred",
                equal,
                false,
                "Education pays %s and business %s; equal shares are preferred"
                        .formatted(euros(education), euros(business)),
                amount(education),
                amount(business)));
        Set<Helix> present = EnumSet.noneOf(Helix.class);
        partners.forEach(p -> present.add(p.helix()));
        boolean triple = present.contains(Helix.BUSINESS)
                && present.contains(Helix.EDUCATION)
                && (present.contains(Helix.GOVERNMENT) || present.contains(Helix.PROVINCE));
        checks.add(RuleCheck.of(
                "coalition.triple-helix",
                triple,
                true,
                triple
                        ? "Business, education and government take part"
                        : "Business, education and government must all take part"));
        return checks;
    }

    private static long sum(List<Partner> partners, Helix helix) {
        return partners.stream()
                .filter(p -> p.helix() == helix)
                .mapToLong(Partner::contributionCents)
                .sum();
    }

    /** The amount as the API's English explanation shows it ("€600,000", "€10.50"). */
    private static String euros(long cents) {
        return Money.ofCents(cents).english();
    }

    /** The amount as an argument of the rule's Dutch text ("600.000", "10,50"). */
    private static String amount(long cents) {
        return Money.ofCents(cents).amount(DUTCH);
    }
}
