package nl.werkpad.fund.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.web.Names;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A funding rule and a rule's outcome as a person reads them: areas, statuses, target groups, SBI sections,
 * ISCO groups and skill collections by name ({@link Names}), never the codes the rule keeps (the API shows those).
 * Templates call it as {@code @fundRuleTexts}.
 */
@Component("fundRuleTexts")
class RuleTexts {

    private final MessageSource messages;
    private final Names names;

    RuleTexts(MessageSource messages, Names names) {
        this.messages = messages;
        this.names = names;
    }

    /** The outcome of one rule: "Woont in Alkmaar of Bergen". */
    public String check(RuleCheck check, Locale locale) {
        Object[] args = check.args().toArray();
        String kind = kindOfCodes(check.rule());
        if (kind != null && args.length > 0 && args[0] instanceof String codes) {
            args[0] = names.anyOf(kind, codes.isBlank() ? List.of() : Arrays.asList(codes.split(",\\s*")), locale);
        }
        return messages.getMessage("fund.check." + check.rule(), args, locale);
    }

    /** What a rule of a source asks or caps, for the fund manager's view of the source. */
    public String rule(FundingRule rule, Locale locale) {
        return switch (rule) {
            case FundingRule.Residence r ->
                messages.getMessage(
                        "fund.check.residence",
                        new Object[] {
                            names.anyOf("area", concat(r.municipalities(), r.regions(), r.provinces()), locale)
                        },
                        locale);
            case FundingRule.Age a ->
                messages.getMessage(
                        "fund.check.age",
                        new Object[] {(a.min() == null ? "" : a.min()) + "–" + (a.max() == null ? "" : a.max())},
                        locale);
            case FundingRule.Status s ->
                messages.getMessage(
                        "fund.check.labour-market-status",
                        new Object[] {
                            names.anyOf("status", s.statuses().stream().sorted().toList(), locale)
                        },
                        locale);
            case FundingRule.TargetGroup g ->
                messages.getMessage(
                        "fund.check.target-group",
                        new Object[] {
                            names.anyOf(
                                    "targetGroup", g.groups().stream().sorted().toList(), locale)
                        },
                        locale);
            case FundingRule.EmployerSector e ->
                messages.getMessage(
                        "fund.check.employer-sector",
                        new Object[] {
                            names.anyOf("sbi", e.sections().stream().sorted().toList(), locale)
                        },
                        locale);
            case FundingRule.OnRegister o -> messages.getMessage("fund.check.on-register", null, locale);
            case FundingRule.ShortageOccupation s ->
                messages.getMessage(
                        "fund.check.shortage-occupation",
                        new Object[] {names.anyOf("isco", s.iscoGroups(), locale)},
                        locale);
            case FundingRule.SkillCollection c ->
                messages.getMessage(
                        "fund.check.skill-collection",
                        new Object[] {names.of("collection", c.collection(), locale)},
                        locale);
            case FundingRule.MaxShare m ->
                messages.getMessage("fund.rule.max-share", new Object[] {m.percent()}, locale);
            case FundingRule.MaxPerVoucher m -> money("fund.check.max-per-voucher", m.cents(), locale);
            case FundingRule.MaxPerPersonYear m -> money("fund.rule.max-per-person-year", m.cents(), locale);
            case FundingRule.MaxPerProviderYear m -> money("fund.rule.max-per-provider-year", m.cents(), locale);
            case FundingRule.OwnContribution o ->
                messages.getMessage(
                        "fund.rule.own-contribution",
                        new Object[] {FundingRule.Money.euros(o.minCents()), o.minPercent()},
                        locale);
        };
    }

    private String money(String key, long cents, Locale locale) {
        return messages.getMessage(key, new Object[] {FundingRule.Money.euros(cents)}, locale);
    }

    /** Which kind of code the first argument of a rule's outcome lists, if any. */
    private static String kindOfCodes(String rule) {
        return switch (rule) {
            case "residence" -> "area";
            case "labour-market-status" -> "status";
            case "target-group" -> "targetGroup";
            case "employer-sector" -> "sbi";
            case "shortage-occupation" -> "isco";
            case "skill-collection" -> "collection";
            default -> null;
        };
    }

    @SafeVarargs
    private static List<String> concat(Collection<String>... lists) {
        return Arrays.stream(lists).flatMap(Collection::stream).toList();
    }
}
