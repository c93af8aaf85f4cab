package nl.werkpad.ecosystem.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a target is reached, on track or behind, and the due date its deadline text means. A target
 * is on track when its progress is at least the share of the agenda period that has passed (linear), or
 * for a yearly target, the share of the current year.
 */
public final class TargetProgress {

    /** The agenda period starts here. */
    public static final LocalDate AGENDA_START = LocalDate.of(2021, 1, 1);

    public enum Status {
        REACHED,
        ON_TRACK,
        BEHIND,
        NO_DATA,
        NO_TARGET
    }

    private TargetProgress() {}

    /** A deadline as the agenda writes it: "2023", "eind 2022", "medio 2022", "begin 2022", "vanaf 2022", "jaarlijks". */
    public record Due(@Nullable LocalDate date, boolean yearly) {}

    public static Due due(@Nullable String deadline) {
        if (deadline == null || deadline.isBlank()) {
            return new Due(LocalDate.of(2023, 12, 31), false);
        }
        String d = deadline.toLowerCase(Locale.ROOT);
        if (d.contains("jaarlijks") || d.contains("per jaar")) {
            return new Due(null, true);
        }
        Matcher years = Pattern.compile("(20\\d\\d)").matcher(d);
        int year = 2023;
        while (years.find()) {
            year = Integer.parseInt(years.group(1)); // the last year named: "2021-2023" ends in 2023
        }
        if (d.contains("medio")) {
            return new Due(LocalDate.of(year, Month.JUNE, 30), false);
        }
        if (d.contains("begin")) {
            return new Due(LocalDate.of(year, Month.MARCH, 31), false);
        }
        return new Due(LocalDate.of(year, Month.DECEMBER, 31), false);
    }

    public static Status status(@Nullable Double target, @Nullable Double progress, Due due, LocalDate today) {
        if (target == null) {
            return Status.NO_TARGET;
        }
        if (progress == null) {
            return Status.NO_DATA;
        }
        if (progress >= target) {
            return Status.REACHED;
        }
        double elapsed;
        if (due.yearly()) {
            elapsed = today.getDayOfYear() / (double) today.lengthOfYear();
        } else {
            long total = Math.max(
                    1,
                    Objects.requireNonNull(due.date(), "a target that is not yearly has a date")
                                    .toEpochDay()
                            - AGENDA_START.toEpochDay());
            elapsed = Math.min(1, Math.max(0, (today.toEpochDay() - AGENDA_START.toEpochDay()) / (double) total));
        }
        return progress >= target * elapsed ? Status.ON_TRACK : Status.BEHIND;
    }
}
