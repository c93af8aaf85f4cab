package nl.werkpad.shared.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaNamesTests {

    @Test
    void keepsTheSimpleNameWhereItIsUniqueAndPutsTheModuleInFrontWhereItIsNot() {
        assertThat(SchemaNames.newNames(List.of(
                        "nl.werkpad.fund.domain.FundingRule.Residence",
                        "nl.werkpad.monitor.api.MonitorApi.Imported",
                        "nl.werkpad.ecosystem.api.EcosystemApi.Imported")))
                .containsEntry("nl.werkpad.fund.domain.FundingRule.Residence", "Residence")
                .containsEntry("nl.werkpad.monitor.api.MonitorApi.Imported", "MonitorImported")
                .containsEntry("nl.werkpad.ecosystem.api.EcosystemApi.Imported", "EcosystemImported");
    }

    @Test
    void namesAGenericTypeAfterItsParameterAsSpringdocDoes() {
        assertThat(SchemaNames.simple("nl.werkpad.taxonomy.api.TaxonomyApi.ResultsNl.werkpad.taxonomy.Skill"))
                .isEqualTo("ResultsSkill");
        assertThat(SchemaNames.newNames(List.of(
                                "nl.werkpad.taxonomy.api.TaxonomyApi.ResultsNl.werkpad.taxonomy.Skill",
                                "nl.werkpad.taxonomy.Skill",
                                "nl.werkpad.passport.Passport.Skill"))
                        .values())
                .containsExactlyInAnyOrder("ResultsSkill", "TaxonomySkill", "PassportSkill");
    }

    @Test
    void neverGivesTwoSchemasOneName() {
        assertThat(SchemaNames.newNames(List.of("nl.werkpad.fund.A.Line", "nl.werkpad.fund.B.Line"))
                        .values())
                .doesNotHaveDuplicates()
                .hasSize(2);
    }
}
