package nl.werkpad.monitor.domain;

import java.time.LocalDate;
import nl.werkpad.shared.Decision;

/** What the monitor accepts as a period to ask for and as an official figure to keep. */
public final class StatisticRules {

    private StatisticRules() {}

    /** A period has both ends, the end not before the start. */
    public static Decision period(LocalDate from, LocalDate to) {
        return from == null || to == null || to.isBefore(from)
                ? Decision.rejected("monitor.period-invalid", "from and to are required, to not before from")
                : Decision.allowed();
    }

    /** An official figure names its area, its indicator and its source (the period may be empty). */
    public static Decision figure(String area, String indicator, String source) {
        if (area == null || indicator == null) {
            return Decision.rejected(
                    "statistic.incomplete",
                    "area and indicator are required (period may be empty when the source gives none)");
        }
        if (source == null) {
            return Decision.rejected("statistic.source-required", "Every figure names its source (column source)");
        }
        return Decision.allowed();
    }

    /** An official figure has a value. */
    public static Decision value(Double value) {
        return value == null ? Decision.rejected("statistic.value-required", "value is required") : Decision.allowed();
    }
}
