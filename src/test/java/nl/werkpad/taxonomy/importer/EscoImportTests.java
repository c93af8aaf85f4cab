package nl.werkpad.taxonomy.importer;

import static nl.werkpad.taxonomy.importer.EscoPackageFixture.NEW_SKILL;
import static nl.werkpad.taxonomy.importer.EscoPackageFixture.OCCUPATION;
import static nl.werkpad.taxonomy.importer.EscoPackageFixture.TIG_LABEL;
import static nl.werkpad.taxonomy.importer.EscoPackageFixture.TIG_URI_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werkpad.shared.csv.CsvProblems;
import nl.werkpad.support.FirstStartTest;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.TaxonomyInfo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing official ESCO packages over the bundled data, on a database of its own (the imports
 * change the taxonomy that other tests rely on). The tests build on each other, in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscoImportTests extends FirstStartTest {

    @Autowired
    EscoImporter importer;

    @Autowired
    Taxonomy taxonomy;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportEscoCommand command;

    private static final String LOCAL_TIG = EscoPackageReader.localSkillId(TIG_LABEL);

    /** Everything in the taxonomy schema, as one fingerprint. */
    private String fingerprint() {
        return jdbc.sql("""
                select md5(string_agg(t, '|' order by t)) from (
                  select 's' || id || coalesce(uri, '') || coalesce(description, '') as t from taxonomy.skill
                  union all select 'l' || skill_id || lang || kind || label from taxonomy.skill_label
                  union all select 'o' || occupation_id || skill_id || relation_type from taxonomy.occupation_skill
                  union all select 'p' || id || coalesce(isco_group, '') from taxonomy.occupation
                  union all select 'a' || alias || skill_id from taxonomy.skill_alias) all_rows
                """).query(String.class).single();
    }

    @Test
    @Order(1)
    void refusesABrokenPackageNamingFileAndLineAndChangesNothing() throws Exception {
        Map<String, String> files = new HashMap<>(EscoPackageFixture.files());
        files.put(
                "occupationSkillRelations_en.csv",
                files.get("occupationSkillRelations_en.csv").replace(",optional,", ",sometimes,"));
        String before = fingerprint();
        TaxonomyInfo infoBefore = taxonomy.info();

        assertThatThrownBy(() -> importer.importPackage(PackageSource.of(EscoPackageFixture.folder(files)), null))
                .isInstanceOf(CsvProblems.class)
                .satisfies(e -> assertThat(((CsvProblems) e).errors())
                        .singleElement()
                        .satisfies(error -> {
                            assertThat(error.file()).isEqualTo("occupationSkillRelations_en.csv");
                            assertThat(error.line()).isEqualTo(3);
                            assertThat(error.message()).contains("relationType");
                        }));
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(taxonomy.info()).isEqualTo(infoBefore);
    }

    @Test
    @Order(2)
    void aBrokenPackageIsRefusedByTheCommandWithExitCode1() throws Exception {
        Map<String, String> files = new HashMap<>(EscoPackageFixture.files());
        files.put(
                "occupations_en.csv", files.get("occupations_en.csv").replace(",7212,underwater", ",9999,underwater"));
        assertThat(command.run(List.of(EscoPackageFixture.folder(files).toString())))
                .isEqualTo(1);
        assertThat(taxonomy.occupationRef(OCCUPATION, "en")).isEmpty();
    }

    @Test
    @Order(3)
    void importsAnOfficialPackageAndReconcilesASkillKnownOnlyByLabel() throws Exception {
        assertThat(taxonomy.skillRef(LOCAL_TIG, "en"))
                .hasValueSatisfying(s -> assertThat(s.uri()).isNull());
        long skillsBefore = taxonomy.info().skills();

        ImportResult result =
                importer.importPackage(PackageSource.of(EscoPackageFixture.zip(EscoPackageFixture.files())), null);

        assertThat(result.unchanged()).isFalse();
        assertThat(result.version()).isEqualTo("v1.2.1");
        assertThat(result.reconciled()).isEqualTo(1);
        // the old local id keeps working and now points at the ESCO skill, with its Dutch label
        assertThat(taxonomy.skillRef(LOCAL_TIG, "nl")).hasValueSatisfying(s -> {
            assertThat(s.id()).isEqualTo(TIG_URI_ID);
            assertThat(s.uri()).isEqualTo("http://data.europa.eu/esco/skill/" + TIG_URI_ID);
            assertThat(s.label()).isEqualTo("kleine metalen onderdelen vervaardigen");
            assertThat(s.language()).isEqualTo("nl");
        });
        assertThat(taxonomy.resolveSkills(List.of(LOCAL_TIG))).containsEntry(LOCAL_TIG, TIG_URI_ID);
        // the bundled welder still needs it, now under its URI
        assertThat(taxonomy.skill(TIG_URI_ID, "en").orElseThrow().occupations())
                .extracting(use -> use.occupation().label())
                .contains("welder", "underwater welder");
        assertThat(taxonomy.occupation(OCCUPATION, "nl").orElseThrow()).satisfies(o -> {
            assertThat(o.occupation().label()).isEqualTo("onderwaterlasser");
            assertThat(o.essentialSkills()).extracting(s -> s.id()).containsExactly(TIG_URI_ID);
            assertThat(o.optionalSkills()).extracting(s -> s.id()).containsExactly(NEW_SKILL);
        });
        assertThat(taxonomy.info().skills()).isEqualTo(skillsBefore + 1);
        assertThat(taxonomy.suggestOccupations("onderwaterlasser", "nl", 1))
                .extracting(o -> o.id())
                .containsExactly(OCCUPATION);
    }

    @Test
    @Order(4)
    void importingTheSamePackageAgainChangesNothing() throws Exception {
        String before = fingerprint();
        ImportResult again =
                importer.importPackage(PackageSource.of(EscoPackageFixture.zip(EscoPackageFixture.files())), null);
        assertThat(again.unchanged()).isTrue();
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(command.run(List.of(
                        EscoPackageFixture.folder(EscoPackageFixture.files()).toString())))
                .isZero();
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** The official v1.1.1 release: classification and relations zips, as downloaded (see the folder's README). */
    private static Path officialRelease() throws Exception {
        return Path.of(EscoImportTests.class.getResource("/esco/v1.1.1").toURI());
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from taxonomy." + table)
                .query(Long.class)
                .single();
    }

    @Test
    @Order(5)
    void anOlderVersionIsRefusedWithAClearMessageUnlessForced() throws Exception {
        String before = fingerprint();
        assertThat(taxonomy.info().version()).isEqualTo("v1.2.1");
        assertThatThrownBy(() -> importer.importPackage(PackageSource.of(officialRelease()), null))
                .isInstanceOf(OlderEscoVersion.class)
                .hasMessageContaining("v1.1.1 is older than the loaded v1.2.1")
                .hasMessageContaining("--force");
        assertThat(command.run(List.of(officialRelease().toString()))).isEqualTo(1);
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(taxonomy.info().version()).isEqualTo("v1.2.1");
    }

    @Test
    @Order(6)
    void aPackageThatLacksAPartNeverWipesIt() throws Exception {
        long relations = count("occupation_skill");
        long skillRelations = count("skill_relation");
        long broader = count("skill_broader");
        long occupationBroader = count("occupation_broader");
        long english = jdbc.sql("select count(*) from taxonomy.skill_label where lang = 'en'")
                .query(Long.class)
                .single();
        Map<String, String> dutchOnly = Map.of(
                "skills_nl.csv",
                        EscoPackageFixture.files()
                                .get("skills_nl.csv")
                                .replace("kleine metalen onderdelen vervaardigen", "kleine metalen delen maken"),
                "occupations_nl.csv", EscoPackageFixture.files().get("occupations_nl.csv"));

        ImportResult result = importer.importPackage(PackageSource.of(EscoPackageFixture.folder(dutchOnly)), "v1.2.1");

        assertThat(result.unchanged()).isFalse();
        assertThat(taxonomy.skillRef(TIG_URI_ID, "nl"))
                .hasValueSatisfying(s -> assertThat(s.label()).isEqualTo("kleine metalen delen maken"));
        assertThat(count("occupation_skill")).isEqualTo(relations);
        assertThat(count("skill_relation")).isEqualTo(skillRelations);
        assertThat(count("skill_broader")).isEqualTo(broader);
        assertThat(count("occupation_broader")).isEqualTo(occupationBroader);
        assertThat(jdbc.sql("select count(*) from taxonomy.skill_label where lang = 'en'")
                        .query(Long.class)
                        .single())
                .isEqualTo(english);
        assertThat(taxonomy.info().version()).isEqualTo("v1.2.1");
    }

    @Test
    @Order(7)
    void theRelationsZipAloneIsRefusedNamingWhatToDo() throws Exception {
        Path relations = officialRelease().resolve("ESCO dataset - v1.1.1 - classification -  - csv.zip");
        assertThatThrownBy(() -> importer.importPackage(PackageSource.of(relations), null, true))
                .isInstanceOf(CsvProblems.class)
                .satisfies(e -> assertThat(((CsvProblems) e).errors().getFirst().message())
                        .contains("together with its classification"));
    }

    @Test
    @Order(8)
    void anOfficialReleaseOfTwoZipsIsImportedAsOneVersionWhenForcedAndTheVersionShownIsTheTruth() throws Exception {
        ImportResult result = importer.importPackage(PackageSource.of(officialRelease()), null, true);

        assertThat(result.version()).isEqualTo("v1.1.1");
        assertThat(result.skills()).isEqualTo(13_896);
        assertThat(result.occupations()).isEqualTo(3_007);
        TaxonomyInfo info = taxonomy.info();
        assertThat(info.version()).isEqualTo("v1.1.1");
        assertThat(info.parts())
                .containsEntry("OCCUPATION_SKILLS", "v1.1.1")
                .containsEntry("SKILL_RELATIONS", "v1.1.1")
                .containsEntry("SKILL_HIERARCHY", "v1.1.1")
                .containsEntry("OCCUPATION_HIERARCHY", "v1.1.1");
        // the relations came with it: nothing dropped, the official ones in place
        assertThat(jdbc.sql(
                                "select count(*) from taxonomy.occupation_skill os join taxonomy.occupation o on o.id = os.occupation_id"
                                        + " where o.id in (select occupation_id from taxonomy.occupation_label where lang = 'en')")
                        .query(Long.class)
                        .single())
                .isGreaterThan(120_000);
        assertThat(count("skill_relation")).isGreaterThan(5_000);
        assertThat(count("skill_broader")).isGreaterThan(13_000);
        assertThat(count("occupation_broader")).isGreaterThan(3_000);
        // the same release again changes nothing
        assertThat(importer.importPackage(PackageSource.of(officialRelease()), null, true)
                        .unchanged())
                .isTrue();
    }
}
