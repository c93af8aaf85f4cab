package nl.werkpad.monitor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.werkpad.monitor.Monitor;
import nl.werkpad.monitor.domain.Tension;
import org.junit.jupiter.api.Test;

class GroupTrendsTests {

    static final LocalDate WEEK = LocalDate.of(2026, 9, 7);

    private static Monitor.TrendPoint point(int week, long vacancies, Long ww) {
        boolean suppressed = ww == null;
        return new Monitor.TrendPoint(
                WEEK.plusWeeks(week), vacancies, ww, suppressed ? null : Tension.published(vacancies, ww), suppressed);
    }

    private static Monitor.RegionTension region(String code, long vacancies, Long ww) {
        boolean suppressed = ww == null;
        return new Monitor.RegionTension(
                code,
                code,
                vacancies,
                ww,
                suppressed ? null : Tension.published(vacancies, ww),
                suppressed ? null : Tension.publishedLevel(vacancies, ww),
                suppressed);
    }

    @Test
    void aGroupGetsTighterWhenItsLastPublishedRatioIsHigherThanItsFirstAndSuppressedWeeksDoNotCount() {
        var trend = GroupTrends.of(
                "7",
                "Ambachtslieden",
                List.of(point(0, 30, null), point(1, 30, 20L), point(2, 45, 15L), point(3, 90, null)));
        assertThat(trend.first().week()).isEqualTo(WEEK.plusWeeks(1));
        assertThat(trend.last().week()).isEqualTo(WEEK.plusWeeks(2));
        assertThat(trend.direction()).isEqualTo(GroupTrends.Direction.TIGHTER);
        assertThat(GroupTrends.of("7", "x", List.of(point(0, 30, 20L), point(1, 31, 20L)))
                        .direction())
                .isEqualTo(GroupTrends.Direction.STEADY);
        assertThat(GroupTrends.of("7", "x", List.of(point(0, 30, 20L), point(1, 10, 20L)))
                        .direction())
                .isEqualTo(GroupTrends.Direction.LOOSER);
        assertThat(GroupTrends.of("7", "x", List.of(point(0, 30, null), point(1, 30, 20L)))
                        .direction())
                .as("one published week")
                .isNull();
    }

    @Test
    void theTightestRegionIsOneWithAPublishedRatioNeverOneWithTooFewPeopleOnBenefit() {
        // AM15 has many vacancies and nobody on WW (not a ratio), AM17 fewer than ten people on WW: neither is classed
        var regions = List.of(
                region("AM15", 80, 0L), region("AM17", 60, null), region("AM18", 50, 20L), region("AM37", 30, 10L));
        assertThat(regions.getFirst().level()).isEqualTo(Tension.Level.NONE);
        assertThat(GroupTrends.tightest(regions))
                .map(Monitor.RegionTension::code)
                .contains("AM37");
        assertThat(GroupTrends.tightest(List.of(region("AM15", 80, 0L), region("AM17", 5, null))))
                .isEmpty();
    }
}
