package nl.werkpad.monitor.api;

import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import nl.werkpad.monitor.Flow;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.support.WebSlice;
import nl.werkpad.support.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * What the monitor's API asks the facade for: the area's level read from its code, the grouping and the period by
 * default from the injected clock (a {@link WebSlice}; the facade is a double).
 */
class MonitorRequestsTests extends WebSliceTest {

    @Test
    void flowsWithoutDatesCoverTheYearUpToTodayAndShowTheFacadesFigures() throws Exception {
        when(monitor.flows("NL", WebSlice.TODAY.minusYears(1), WebSlice.TODAY))
                .thenReturn(List.of(new Flow("placements", "techniek", "Techniek", 12L, 40L)));
        mvc.perform(get("/api/v1/monitor/flows"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].label").value("Techniek"))
                .andExpect(jsonPath("$[0].count").value(12));
    }

    @Test
    void flowsFromADateRunToToday() throws Exception {
        mvc.perform(get("/api/v1/monitor/flows").param("area", "AM12").param("from", "2026-01-01"))
                .andExpect(status().isOk());
        verify(monitor).flows("AM12", LocalDate.of(2026, 1, 1), WebSlice.TODAY);
    }

    @Test
    void flowsUpToADateStartAYearEarlier() throws Exception {
        mvc.perform(get("/api/v1/monitor/flows").param("to", "2025-06-30")).andExpect(status().isOk());
        verify(monitor).flows("NL", LocalDate.of(2024, 6, 30), LocalDate.of(2025, 6, 30));
    }

    @Test
    void theTensionOfAProvinceIsAskedAtProvinceLevelPerMajorGroupForTheLatestWeek() throws Exception {
        mvc.perform(get("/api/v1/monitor/tension").param("area", "PV27")).andExpect(status().isOk());
        verify(monitor).tension(Monitor.Level.PROVINCE, "PV27", Monitor.Grouping.MAJOR, null);
    }

    @Test
    void theTensionOfAMunicipalityForAWeekPerUnitGroup() throws Exception {
        mvc.perform(get("/api/v1/monitor/tension")
                        .param("area", "GM0361")
                        .param("grouping", "UNIT")
                        .param("period", "2026-11-16"))
                .andExpect(status().isOk());
        verify(monitor).tension(Monitor.levelOf("GM0361"), "GM0361", Monitor.Grouping.UNIT, LocalDate.of(2026, 11, 16));
    }

    @Test
    void anUnknownGroupingIsABadRequestAsProblemJsonAndAsksNothing() throws Exception {
        mvc.perform(get("/api/v1/monitor/tension").param("area", "PV27").param("grouping", "SECTOR"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(monitor);
    }

    @Test
    void theSkillsGapIsTwentySkillsUnlessAskedOtherwise() throws Exception {
        mvc.perform(get("/api/v1/monitor/skills-gap")).andExpect(status().isOk());
        verify(monitor).skillsGap(Monitor.Level.COUNTRY, null, 20);
        mvc.perform(get("/api/v1/monitor/skills-gap").param("area", "AM12").param("limit", "5"))
                .andExpect(status().isOk());
        verify(monitor).skillsGap(Monitor.Level.REGION, "AM12", 5);
    }

    @Test
    void theTargetsAreMeasuredOnTodayByTheClock() throws Exception {
        mvc.perform(get("/api/v1/monitor/targets")).andExpect(status().isOk());
        verify(ecosystem).targets(WebSlice.TODAY);
    }
}
