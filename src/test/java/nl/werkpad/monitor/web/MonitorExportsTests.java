package nl.werkpad.monitor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.werkpad.monitor.Flow;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.monitor.domain.Tension;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import nl.werkpad.support.WebSlice;
import nl.werkpad.support.WebSliceTest;
import org.junit.jupiter.api.Test;

/**
 * The monitor's CSV downloads (a {@link WebSlice}; the facade is a double): a figure about fewer than ten residents is
 * written as "&lt; 10" with no ratio or class, whatever number the facade holds; a municipality's flows are its
 * labour-market region's, over the year up to today by the injected clock.
 */
class MonitorExportsTests extends WebSliceTest {

    private String csv(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theTensionDownloadHidesFewResidentsAndTheirRatio() throws Exception {
        var hidden = new Monitor.Row("72", "Metaalbewerkers", 12, null, null, null, true);
        var shown = new Monitor.Row("31", "Technici", 40, 20L, 2.0, Tension.Level.TIGHT, false);
        when(monitor.tension(Monitor.Level.REGION, "AM15", Monitor.Grouping.SUB_MAJOR, null))
                .thenReturn(new Monitor.TensionTable(
                        Monitor.Level.REGION,
                        "AM15",
                        "Noord-Holland Noord",
                        Monitor.Grouping.SUB_MAJOR,
                        WebSlice.TODAY,
                        List.of(hidden, shown),
                        shown));

        String body = csv("/monitor/export/tension.csv", "gebied", "AM15", "indeling", "SUB_MAJOR");

        assertThat(body.lines())
                .containsExactly(
                        "area,as_of,isco_group,label,open_vacancies,ww_under_6_months,ratio,class",
                        "AM15,2026-11-26,72,Metaalbewerkers,12,< 10,,",
                        "AM15,2026-11-26,31,Technici,40,20,2.0,TIGHT");
    }

    @Test
    void aMunicipalitysFlowsAreItsRegionsOverTheYearUpToToday() throws Exception {
        when(regions.municipality("GM0361"))
                .thenReturn(Optional.of(new Municipality(
                        "GM0361",
                        "Alkmaar",
                        new Province("PV27", "Noord-Holland"),
                        new Municipality.Region("AM15", "Noord-Holland Noord"),
                        new GeoPoint(52.63, 4.75))));
        LocalDate yearAgo = WebSlice.TODAY.minusYears(1);
        when(monitor.flows("AM15", yearAgo, WebSlice.TODAY))
                .thenReturn(List.of(
                        new Flow("trajectory.started", "SCHOOL_LEAVER", "Schoolverlaters", null, null),
                        new Flow("voucher.redeemed", "src-1", "Provincie", 14L, 280_000L)));

        String body = csv("/monitor/export/flows.csv", "gebied", "GM0361");

        assertThat(body.lines())
                .containsExactly(
                        "area,from,to,measure,key,label,count,total",
                        "AM15,2025-11-26,2026-11-26,trajectory.started,SCHOOL_LEAVER,Schoolverlaters,< 10,",
                        "AM15,2025-11-26,2026-11-26,voucher.redeemed,src-1,Provincie,14,280000");
    }

    @Test
    void theSkillsGapDownloadHasAHundredSkillsForTheProvinceByDefault() throws Exception {
        when(monitor.skillsGap(Monitor.Level.PROVINCE, "PV27", 100))
                .thenReturn(new Monitor.SkillsGap(
                        Monitor.Level.PROVINCE,
                        "PV27",
                        "Noord-Holland",
                        List.of(
                                new Monitor.SkillDemand("s-1", "lassen", 30, 8L, true),
                                new Monitor.SkillDemand("s-2", "metselen", 12, 40L, false))));

        assertThat(csv("/monitor/export/skills-gap.csv").lines())
                .containsExactly(
                        "area,skill_id,skill,open_vacancies_asking,residents_with_skill",
                        "PV27,s-1,lassen,30,< 10",
                        "PV27,s-2,metselen,12,40");
        verify(monitor).skillsGap(Monitor.Level.PROVINCE, "PV27", 100);
    }
}
