package nl.werkpad.fund.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.werkpad.fund.domain.FundingRule;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.web.NameVocabulary;
import nl.werkpad.web.Names;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A source's rules and their outcomes read with names, never with the codes the rules keep. */
class RuleTextsTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final RuleTexts texts;

    RuleTextsTests() {
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        NameVocabulary areas = vocabulary(
                "area", Map.of("AM12", "Gooi en Vechtstreek", "AM15", "Noord-Holland Noord", "PV27", "Noord-Holland"));
        NameVocabulary isco = vocabulary("isco", Map.of("21", "Wetenschappers en ingenieurs", "72", "Metaalbewerkers"));
        texts = new RuleTexts(
                messages,
                new Names(
                        List.of(
                                areas,
                                isco,
                                NameVocabulary.messages("status", "enum.LabourMarketStatus.", messages),
                                NameVocabulary.messages("targetGroup", "fund.group.", messages),
                                NameVocabulary.messages("sbi", "sbi.", messages),
                                NameVocabulary.messages("collection", "fund.collection.", messages)),
                        messages));
    }

    @Test
    void outcomesNameTheAreasStatusesGroupsAndOccupations() {
        assertThat(texts.check(RuleCheck.of("residence", true, "", "AM12, AM15"), DUTCH))
                .isEqualTo("Woont in Gooi en Vechtstreek of Noord-Holland Noord");
        assertThat(texts.check(
                        RuleCheck.of("labour-market-status", true, "", "NOT_ACTIVE, JOB_SEEKER, EMPLOYED_AT_RISK"),
                        DUTCH))
                .isEqualTo("Is zonder werk en niet op zoek, werkzoekend of werkend met een onzekere baan");
        assertThat(texts.check(
                        RuleCheck.of("target-group", false, "", "career-switch-technology, work-to-work"), DUTCH))
                .isEqualTo(
                        "Hoort bij een van deze groepen: Zij-instromer in techniek of Van werk naar werk (baan onzeker)");
        assertThat(texts.check(RuleCheck.of("shortage-occupation", true, "", "21, 72"), Locale.ENGLISH))
                .contains("Wetenschappers en ingenieurs or Metaalbewerkers")
                .doesNotContain("ISCO");
        assertThat(texts.check(RuleCheck.of("age", true, "", "18–67"), DUTCH)).isEqualTo("Leeftijd tussen 18–67");
    }

    @Test
    void aSourcesRulesReadAsSentences() {
        assertThat(texts.rule(new FundingRule.Residence(List.of(), List.of(), List.of("PV27")), DUTCH))
                .isEqualTo("Woont in Noord-Holland");
        assertThat(texts.rule(new FundingRule.EmployerSector(Set.of("F")), DUTCH))
                .contains("Bouwnijverheid");
        assertThat(texts.rule(new FundingRule.MaxShare(50), DUTCH)).isEqualTo("Ten hoogste 50% van de kosten");
        assertThat(texts.rule(new FundingRule.MaxPerPersonYear(250000), DUTCH))
                .isEqualTo("Ten hoogste € 2.500,00 per persoon per jaar");
        assertThat(texts.rule(new FundingRule.OwnContribution(0, 10), Locale.ENGLISH))
                .contains("at least 10% of the cost");
    }

    private static NameVocabulary vocabulary(String kind, Map<String, String> names) {
        return new NameVocabulary() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Optional<String> name(String code, Locale locale) {
                return Optional.ofNullable(names.get(code));
            }
        };
    }
}
