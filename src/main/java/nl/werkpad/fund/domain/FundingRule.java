package nl.werkpad.fund.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.Size;
import java.lang.annotation.RetentionPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleCheck;

/**
 * A rule of a funding source, stored as data ({@code {"type": "age", "min": 18, "max": 67}}) and applied by
 * the pure functions below. Conditions decide whether the source pays at all; limits cap what it pays; the own
 * contribution is what the resident (or their employer) pays at least when the source takes part.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FundingRule.Residence.class, name = "residence"),
    @JsonSubTypes.Type(value = FundingRule.Age.class, name = "age"),
    @JsonSubTypes.Type(value = FundingRule.Status.class, name = "labour-market-status"),
    @JsonSubTypes.Type(value = FundingRule.TargetGroup.class, name = "target-group"),
    @JsonSubTypes.Type(value = FundingRule.EmployerSector.class, name = "employer-sector"),
    @JsonSubTypes.Type(value = FundingRule.OnRegister.class, name = "on-register"),
    @JsonSubTypes.Type(value = FundingRule.ShortageOccupation.class, name = "shortage-occupation"),
    @JsonSubTypes.Type(value = FundingRule.SkillCollection.class, name = "skill-collection"),
    @JsonSubTypes.Type(value = FundingRule.MaxShare.class, name = "max-share"),
    @JsonSubTypes.Type(value = FundingRule.MaxPerVoucher.class, name = "max-per-voucher"),
    @JsonSubTypes.Type(value = FundingRule.MaxPerPersonYear.class, name = "max-per-person-year"),
    @JsonSubTypes.Type(value = FundingRule.MaxPerProviderYear.class, name = "max-per-provider-year"),
    @JsonSubTypes.Type(value = FundingRule.OwnContribution.class, name = "own-contribution")
})
public sealed interface FundingRule {

    /** The rule's name: its JSON type, the message key suffix of its text and the rule a refusal names. */
    default String name() {
        return Names.OF.get(getClass());
    }

    /** Each rule type's name, read from its annotation once (every check of every voucher asks for it). */
    final class Names {
        private Names() {}

        private static final ClassValue<String> OF = new ClassValue<>() {
            @Override
            protected String computeValue(Class<?> type) {
                return type.getAnnotation(RuleName.class).value();
            }
        };
    }

    /** Whether there is anything wrong with the rule's own parameters; empty when it is sound. */
    default Optional<String> invalidBecause() {
        return Optional.empty();
    }

    /** Decides whether the source pays at all. */
    sealed interface Condition extends FundingRule {
        RuleCheck check(Applicant who, OfferFacts what);

        /** Whether it looks at the person only (then it decides a yearly allowance too), not the training or employer. */
        default boolean aboutPerson() {
            return this instanceof Residence
                    || this instanceof Age
                    || this instanceof Status
                    || this instanceof TargetGroup;
        }
    }

    /** Caps what the source pays for one voucher. */
    sealed interface Limit extends FundingRule {

        /** An amount a rule names is 0 up to the stated maximum of any input (so no sum over it can overflow). */
        static Optional<String> amountInvalid(long cents) {
            return cents < 0 || cents > Limits.MAX_CENTS
                    ? Optional.of("cents must be 0–" + Limits.MAX_CENTS + " (EUR 100 million)")
                    : Optional.empty();
        }

        long maximum(OfferFacts what, SourceTerms terms);

        default RuleCheck explain(long maximum) {
            return RuleCheck.of(
                    name(),
                    maximum > 0,
                    "at most " + Money.english(maximum) + " under this rule",
                    Money.euros(maximum));
        }
    }

    @java.lang.annotation.Retention(RetentionPolicy.RUNTIME)
    @interface RuleName {
        String value();
    }

    /** Lives in one of the municipalities (CBS codes), labour-market regions or provinces; empty lists are ignored. */
    @RuleName("residence")
    record Residence(
            List<@Size(max = Limits.CODE) String> municipalities,
            List<@Size(max = Limits.CODE) String> regions,
            List<@Size(max = Limits.CODE) String> provinces)
            implements Condition {
        public Residence {
            municipalities = municipalities == null ? List.of() : List.copyOf(municipalities);
            regions = regions == null ? List.of() : List.copyOf(regions);
            provinces = provinces == null ? List.of() : List.copyOf(provinces);
        }

        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean in = municipalities.contains(who.municipality())
                    || regions.contains(who.region())
                    || provinces.contains(who.province());
            return RuleCheck.of(
                    name(),
                    in,
                    in ? "lives in the source's area" : "lives outside the source's area",
                    String.join(", ", join(municipalities, regions, provinces)));
        }

        @Override
        public Optional<String> invalidBecause() {
            return municipalities.isEmpty() && regions.isEmpty() && provinces.isEmpty()
                    ? Optional.of("names no municipality, region or province")
                    : Optional.empty();
        }

        private static List<String> join(List<String> a, List<String> b, List<String> c) {
            return Stream.of(a, b, c).flatMap(List::stream).toList();
        }
    }

    /** Is at least {@code min} and at most {@code max} years old (either may be absent). */
    @RuleName("age")
    record Age(Integer min, Integer max) implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean ok = who.age() != null && (min == null || who.age() >= min) && (max == null || who.age() <= max);
            return RuleCheck.of(
                    name(),
                    ok,
                    who.age() == null
                            ? "age unknown (no birth date on the account)"
                            : "age " + who.age() + ", allowed " + range(),
                    range());
        }

        private String range() {
            return (min == null ? "" : min) + "–" + (max == null ? "" : max);
        }

        @Override
        public Optional<String> invalidBecause() {
            return min != null && max != null && min > max ? Optional.of("min is above max") : Optional.empty();
        }
    }

    /** Has one of these labour-market statuses (EMPLOYED, EMPLOYED_AT_RISK, JOB_SEEKER, STUDENT, NOT_ACTIVE). */
    @RuleName("labour-market-status")
    record Status(Set<@Size(max = Limits.CODE) String> statuses) implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean ok = who.status() != null && statuses.contains(who.status());
            return RuleCheck.of(
                    name(), ok, "status " + who.status() + ", allowed " + statuses, String.join(", ", statuses));
        }
    }

    /** Belongs to at least one of these target groups, e.g. {@code no-starting-qualification}. */
    @RuleName("target-group")
    record TargetGroup(Set<@Size(max = Limits.CODE) String> groups) implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean ok = who.targetGroups().stream().anyMatch(groups::contains);
            return RuleCheck.of(
                    name(),
                    ok,
                    ok ? "belongs to a target group" : "belongs to none of " + groups,
                    String.join(", ", groups));
        }
    }

    /** Asked for by an employer (the mkb-route) whose main activity is in one of these SBI sections. */
    @RuleName("employer-sector")
    record EmployerSector(Set<@Size(max = Limits.CODE) String> sections) implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean ok = who.viaEmployer() && sections.contains(who.employerSector());
            return RuleCheck.of(
                    name(),
                    ok,
                    !who.viaEmployer()
                            ? "only through an employer"
                            : "employer sector " + who.employerSector() + ", allowed " + sections,
                    String.join(", ", sections));
        }
    }

    /** The offer is on the accepted register of quality-checked training. */
    @RuleName("on-register")
    record OnRegister() implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            return RuleCheck.of(
                    name(),
                    what.onRegister(),
                    what.onRegister() ? "offer is on the register" : "offer is not on the register");
        }
    }

    /** The training leads to an occupation whose ISCO code starts with one of these groups (the region's shortages). */
    @RuleName("shortage-occupation")
    record ShortageOccupation(List<@Size(max = Limits.CODE) String> iscoGroups) implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean ok = what.targetIsco() != null && iscoGroups.stream().anyMatch(what.targetIsco()::startsWith);
            return RuleCheck.of(
                    name(),
                    ok,
                    what.targetIsco() == null
                            ? "no target occupation given"
                            : "target ISCO " + what.targetIsco() + ", shortage groups " + iscoGroups,
                    String.join(", ", iscoGroups));
        }
    }

    /** The offer teaches at least one skill of this ESCO collection (digital, green, …). */
    @RuleName("skill-collection")
    record SkillCollection(@Size(max = Limits.CODE) String collection) implements Condition {
        @Override
        public RuleCheck check(Applicant who, OfferFacts what) {
            boolean ok = what.collections().contains(collection);
            return RuleCheck.of(name(), ok, (ok ? "teaches " : "teaches no ") + collection + " skills", collection);
        }
    }

    /** Pays at most this share of the cost (the province: 50). */
    @RuleName("max-share")
    record MaxShare(int percent) implements Limit {
        @Override
        public long maximum(OfferFacts what, SourceTerms terms) {
            return what.costCents() * percent / 100;
        }

        @Override
        public RuleCheck explain(long maximum) {
            return RuleCheck.of(
                    name(),
                    maximum > 0,
                    "at most " + percent + "% of the cost: " + Money.english(maximum),
                    percent,
                    Money.euros(maximum));
        }

        @Override
        public Optional<String> invalidBecause() {
            return percent < 1 || percent > 100 ? Optional.of("percent must be 1–100") : Optional.empty();
        }
    }

    @RuleName("max-per-voucher")
    record MaxPerVoucher(long cents) implements Limit {
        @Override
        public long maximum(OfferFacts what, SourceTerms terms) {
            return cents;
        }

        @Override
        public Optional<String> invalidBecause() {
            return Limit.amountInvalid(cents);
        }
    }

    /** Pays at most this much per person per calendar year, counting what is reserved and spent. */
    @RuleName("max-per-person-year")
    record MaxPerPersonYear(long cents) implements Limit {
        @Override
        public long maximum(OfferFacts what, SourceTerms terms) {
            return Math.max(0, cents - terms.personYearUsed());
        }

        @Override
        public Optional<String> invalidBecause() {
            return Limit.amountInvalid(cents);
        }
    }

    /** Pays at most this much per provider per calendar year: the cap that stops one provider draining a source. */
    @RuleName("max-per-provider-year")
    record MaxPerProviderYear(long cents) implements Limit {
        @Override
        public long maximum(OfferFacts what, SourceTerms terms) {
            return Math.max(0, cents - terms.providerYearUsed());
        }

        @Override
        public Optional<String> invalidBecause() {
            return Limit.amountInvalid(cents);
        }
    }

    /** When this source takes part, the resident (or employer) pays at least this amount and this share. */
    @RuleName("own-contribution")
    record OwnContribution(long minCents, int minPercent) implements FundingRule {
        @Override
        public Optional<String> invalidBecause() {
            return minCents < 0 || minCents > Limits.MAX_CENTS || minPercent < 0 || minPercent > 100
                    ? Optional.of("minCents must be 0–" + Limits.MAX_CENTS + ", minPercent 0–100")
                    : Optional.empty();
        }

        public long floor(long costCents) {
            return Math.min(costCents, Math.max(minCents, costCents * minPercent / 100));
        }
    }

    /** Money as the rules show it. */
    final class Money {
        private Money() {}

        public static BigDecimal euros(long cents) {
            return nl.werkpad.shared.Money.ofCents(cents).euros();
        }

        public static String english(long cents) {
            return nl.werkpad.shared.Money.ofCents(cents).format(Locale.ENGLISH);
        }
    }
}
