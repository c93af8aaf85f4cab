package nl.werkpad.trajectories.persistence;

import java.time.LocalDate;
import java.util.Map;
import nl.werkpad.ecosystem.AgendaMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Action agenda II-4a: career-switch trajectories into technology started this year, at all campuses together. */
@Component
class TrajectoryMeasures implements AgendaMeasures {

    private final JdbcClient jdbc;

    TrajectoryMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Double> measure(LocalDate today) {
        long started = jdbc.sql(
                        "select count(*) from trajectories.trajectory where kind = 'SWITCH_TO_TECHNOLOGY' and started_on between ? and ?")
                .params(today.withDayOfYear(1), today)
                .query(Long.class)
                .single();
        return Map.of("CAREER_SWITCH_TRAJECTORIES_YEAR", (double) started);
    }
}
