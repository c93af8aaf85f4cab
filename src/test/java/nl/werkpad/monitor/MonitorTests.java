package nl.werkpad.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.support.TestAccounts;
import nl.werkpad.support.TestOrganisations;
import nl.werkpad.support.WerkpadTest;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyInput;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

@WerkpadTest
class MonitorTests {

    static final String WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    TestOrganisations organisations;

    @Autowired
    Monitor monitor;

    @Autowired
    JdbcClient jdbc;

    private List<String> counters() {
        return jdbc.sql("""
                select 'v|' || municipality || '|' || isco || '|' || n from monitor.vacancy_count
                union all select 'w|' || municipality || '|' || isco || '|' || ww_start || '|' || n from monitor.ww_count
                union all select 'vs|' || municipality || '|' || skill_id || '|' || n from monitor.vacancy_skill_count
                union all select 'ps|' || municipality || '|' || skill_id || '|' || n from monitor.person_skill_count
                union all select 'av|' || area || '|' || isco || '|' || n from monitor.area_vacancy_count
                union all select 'aw|' || area || '|' || isco || '|' || ww_start || '|' || n from monitor.area_ww_count
                union all select 'avs|' || area || '|' || skill_id || '|' || n from monitor.area_vacancy_skill_count
                union all select 'aps|' || area || '|' || skill_id || '|' || n from monitor.area_person_skill_count
                order by 1""").query(String.class).list();
    }

    private String jobSeeker(String municipality, boolean statistics) throws Exception {
        var resident = accounts.with(Role.INWONER, "Werkzoekende");
        String person = JsonPath.read(
                mvc.perform(post("/api/v1/persons")
                                .with(resident.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"name": "W", "municipality": "%s", "travelKm": 20, "status": "JOB_SEEKER", "wwStart": "%s",
                                 "skills": [], "workHistory": [{"occupation": "%s"}]}""".formatted(
                                                municipality, LocalDate.now().minusMonths(2), WELDER)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.personId");
        if (statistics) {
            mvc.perform(put("/api/v1/persons/{id}/consents/ANONYMOUS_STATISTICS", person)
                            .with(resident.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"))
                    .andExpect(status().isOk());
        }
        return person + "|" + resident.username();
    }

    @Test
    void theIncrementalAggregatesEqualARebuildFromScratch() throws Exception {
        var employer = organisations.employer("Staalbouw Texel", "GM0448");
        String vacancy = JsonPath.read(
                mvc.perform(post("/api/v1/vacancies")
                                .with(employer.basic())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"title\": \"Lasser\", \"occupation\": \"%s\", \"municipality\": \"GM0448\", \"status\": \"open\"}"
                                                .formatted(WELDER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        String[] a = jobSeeker("GM0448", true).split("\\|");
        String[] b = jobSeeker("GM0448", true).split("\\|");
        jobSeeker("GM0448", false);
        // changes: a vacancy closed, a consent withdrawn, a passport erased
        mvc.perform(post("/api/v1/vacancies/{id}/status", vacancy)
                        .with(employer.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"CLOSED\"}"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/persons/{id}/consents/ANONYMOUS_STATISTICS", a[0])
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic(a[1], TestAccounts.PASSWORD)))
                .andExpect(status().is2xxSuccessful());
        mvc.perform(delete("/api/v1/persons/{id}", b[0])
                        .with(SecurityMockMvcRequestPostProcessors.httpBasic(b[1], TestAccounts.PASSWORD)))
                .andExpect(status().is2xxSuccessful());

        List<String> incremental = counters();
        assertThat(incremental).anyMatch(row -> row.startsWith("av|PV27|")).anyMatch(row -> row.startsWith("aw|NL|"));
        monitor.rebuild();
        assertThat(counters()).isEqualTo(incremental);
    }

    @Test
    void aSmallAreaShowsOpenVacanciesButHidesFewResidents() throws Exception {
        // an island outside the demo region: only this test's residents live there, however large the demo is seeded
        jobSeeker("GM0088", true);
        jobSeeker("GM0088", true);
        mvc.perform(get("/api/v1/monitor/tension").param("area", "GM0088").param("grouping", "MAJOR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.areaName").value("Schiermonnikoog"))
                .andExpect(jsonPath("$.total.suppressed").value(true))
                .andExpect(jsonPath("$.total.wwShort").doesNotExist())
                .andExpect(jsonPath("$.rows[?(@.group == '7')].suppressed").value(Matchers.contains(true)));
        String body = mvc.perform(get("/monitor").param("gebied", "GM0088"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body).contains("&lt; 10");
    }

    /** The open vacancies of Noord-Holland and of its welders' sub-major group (72) now. */
    private long[] openInNoordHolland() throws Exception {
        String tension = mvc.perform(
                        get("/api/v1/monitor/tension").param("area", "PV27").param("grouping", "SUB_MAJOR"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> welders = JsonPath.read(tension, "$.rows[?(@.group == '72')].vacancies");
        return new long[] {
            JsonPath.<Number>read(tension, "$.total.vacancies").longValue(),
            welders.isEmpty() ? 0 : welders.getFirst().longValue()
        };
    }

    @Test
    void theTensionForNoordHollandHasItsFiveRegionsAndClasses() throws Exception {
        mvc.perform(get("/api/v1/monitor/regions").param("province", "PV27"))
                .andExpect(jsonPath("$.length()").value(5));
        // counted on vacancies of its own, whatever the demo region holds
        long[] before = openInNoordHolland();
        var employer = organisations.employer("Lasbedrijf Alkmaar", "GM0361");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/vacancies")
                            .with(employer.basic())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(
                                    "{\"title\": \"Lasser %d\", \"occupation\": \"%s\", \"municipality\": \"GM0361\", \"status\": \"open\"}"
                                            .formatted(i, WELDER)))
                    .andExpect(status().isCreated());
        }
        long[] after = openInNoordHolland();
        assertThat(after[0]).as("open vacancies in Noord-Holland").isEqualTo(before[0] + 2);
        assertThat(after[1]).as("open vacancies for welders' group 72").isEqualTo(before[1] + 2);
        mvc.perform(get("/api/v1/monitor/tension").param("area", "XX12"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.rule").value("monitor.area-unknown"));
        String trend = mvc.perform(get("/api/v1/monitor/trend").param("area", "PV27"))
                .andExpect(jsonPath("$.length()").value(Matchers.greaterThanOrEqualTo(12)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String week = JsonPath.read(trend, "$[0].week");
        mvc.perform(get("/api/v1/monitor/tension").param("area", "AM12").param("period", week))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asOf").value(week));
        mvc.perform(get("/api/v1/monitor/tension").param("area", "PV27").param("period", "2001-01-01"))
                .andExpect(jsonPath("$.rule").value("monitor.period-unknown"));
        // the welders' skills are in demand now: as many as asked for, twenty by default
        mvc.perform(get("/api/v1/monitor/skills-gap").param("area", "PV27").param("limit", "3"))
                .andExpect(jsonPath("$.skills.length()").value(3));
        mvc.perform(get("/api/v1/monitor/skills-gap").param("area", "PV27"))
                .andExpect(jsonPath("$.skills.length()").value(Matchers.lessThanOrEqualTo(20)));
    }

    @Test
    void aStatisticsFileWithABadLineChangesNothing() throws Exception {
        var policy = accounts.with(Role.BELEID, "Beleid");
        int before = monitor.statistics(null).size();
        assertThat(before).isGreaterThanOrEqualTo(54);
        String csv = """
                area,period,indicator,value,unit,source
                Noord-Holland,2025,vacatures techniek,12000,vacatures,UWV
                Noord-Holland,2025,werkzoekenden techniek,veel,personen,UWV
                """;
        mvc.perform(post("/api/v1/monitor/statistics/import")
                        .with(policy.basic())
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].line").value(3));
        assertThat(monitor.statistics(null)).hasSize(before);
        mvc.perform(post("/api/v1/monitor/statistics/import")
                        .with(policy.basic())
                        .contentType("text/csv")
                        .content(csv.replace("veel", "4200")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows").value(2));
        mvc.perform(get("/api/v1/monitor/statistics").param("area", "Noord-Holland"))
                .andExpect(jsonPath("$[?(@.indicator == 'vacatures techniek')].source")
                        .value(Matchers.contains("UWV")));
    }

    @Autowired
    Vacancies vacancies;

    @Autowired
    PlatformTransactionManager transactions;

    /** An import batch: many vacancies changed in one transaction, one of them twice, one rolled back to a savepoint. */
    @Test
    void vacanciesChangedTogetherInOneTransactionAreCountedAsOneByOne() {
        var employer = organisations.employer("Staalbouw Vlieland", "GM0096");
        var actor = new SignedInUser(employer.accountId(), employer.username(), "Werkgever", Set.of(Role.WERKGEVER));
        Function<String, VacancyInput> input = title -> new VacancyInput(
                employer.organisation().id(),
                title,
                null,
                WELDER,
                "GM0096",
                VacancyKind.JOB,
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                null,
                VacancyStatus.OPEN,
                null,
                null);
        var batch = new TransactionTemplate(transactions);
        var savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        UUID closed = batch.execute(tx -> {
            vacancies.create(input.apply("Lasser een"), actor);
            vacancies.create(input.apply("Lasser twee"), actor);
            var twice = vacancies.create(input.apply("Lasser drie"), actor);
            vacancies.changeStatus(twice.id(), VacancyStatus.CLOSED, actor);
            try {
                savepoint.executeWithoutResult(inner -> {
                    vacancies.create(input.apply("Lasser teruggedraaid"), actor);
                    throw new IllegalStateException("rolled back");
                });
            } catch (IllegalStateException expected) {
                // the import's refused posting: its savepoint is gone, the batch goes on
            }
            return twice.id();
        });
        List<String> incremental = counters();
        assertThat(incremental)
                .as("two open welder vacancies on Vlieland: the closed and the rolled-back one do not count")
                .anyMatch(row -> row.startsWith("v|GM0096|") && row.endsWith("|2"));
        assertThat(jdbc.sql("select count(*) from matching.change_feed where entity_id = ?")
                        .param(closed)
                        .query(Long.class)
                        .single())
                .as("one change feed row per vacancy and transaction")
                .isEqualTo(1);
        monitor.rebuild();
        assertThat(counters()).isEqualTo(incremental);
    }
}
