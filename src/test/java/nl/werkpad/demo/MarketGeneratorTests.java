package nl.werkpad.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.regions.Regions;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@WerkpadTest
class MarketGeneratorTests {

    @Autowired
    MarketGenerator generator;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void generatesTheAskedMarketWithSkillProfilesFromEsco() {
        long vacancies = count("vacancies.vacancy");
        long persons = count("passport.person");
        long offers = count("training.offer");
        var places = regions.labourMarketRegion("AM15").orElseThrow().municipalities();

        var report = generator.generate(new MarketGenerator.Size(300, 40, 12), 99, places, List.of(), null);

        assertThat(report.vacancies()).isEqualTo(40);
        assertThat(count("vacancies.vacancy") - vacancies).isEqualTo(40);
        assertThat(count("passport.person") - persons).isEqualTo(300);
        assertThat(count("training.offer") - offers).isEqualTo(12);
        // every vacancy and person carries skills; the vacancies of this run (one transaction) are in the region asked
        // for
        assertThat(jdbc.sql("""
                select count(*) from vacancies.vacancy v where not exists (select 1 from vacancies.vacancy_skill s
                 where s.vacancy_id = v.id and s.relation = 'essential')""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("""
                select count(*) from passport.person p where p.erased_at is null and p.created_by = '00000000-0000-0000-0000-00000000beef'
                   and not exists (select 1 from passport.person_skill s where s.person_id = p.id)""").query(Long.class).single()).isZero();
        List<String> codes = places.stream().map(m -> m.code()).toList();
        assertThat(jdbc.sql(
                                "select distinct municipality from vacancies.vacancy where created_at = (select max(created_at) from vacancies.vacancy)")
                        .query(String.class)
                        .list())
                .allMatch(codes::contains);
        // job seekers on benefit have a WW start in the past year; statistics consent is common
        assertThat(jdbc.sql("select count(*) from passport.person where ww_start > current_date")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from privacy.consent_event where purpose = 'ANONYMOUS_STATISTICS'")
                        .query(Long.class)
                        .single())
                .isGreaterThan(150);
    }

    @Test
    void generatedEmployersPostWorkOfTheirSectorAndGeneratedResidentsHaveNames() {
        var places = regions.labourMarketRegion("AM10").orElseThrow().municipalities();

        generator.generate(new MarketGenerator.Size(30, 60, 5), 4242, places, List.of(), null);

        record Posted(String isco, String sector) {}
        List<Posted> posted = jdbc.sql("""
                select o.isco_group, v.sector from vacancies.vacancy v join taxonomy.occupation o on o.id = v.occupation_id
                 where v.created_at = (select max(created_at) from vacancies.vacancy)""")
                .query((rs, n) -> new Posted(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(posted).hasSize(60);
        assertThat(posted).allSatisfy(p -> assertThat(MarketVocabulary.fits(p.isco(), p.sector()))
                .as("ISCO %s in SBI section %s", p.isco(), p.sector())
                .isTrue());
        assertThat(jdbc.sql("""
                select count(*) from passport.person where created_at = (select max(created_at) from passport.person)
                   and (name is null or name = '')""").query(Long.class).single()).isZero();
    }
}
