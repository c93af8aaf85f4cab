package nl.werkpad.ecosystem;

import java.time.LocalDate;
import nl.werkpad.ecosystem.domain.TargetProgress;

/**
 * A target of the action agenda: what is aimed for, by when, and where it stands. {@code measured} says
 * whether the progress is Werkpad's own live figure (else the latest figure entered by hand, with its source).
 */
public record Target(
        String id,
        String actionLine,
        String actionNr,
        String resultNr,
        String title,
        String coalition,
        String description,
        String metric,
        Double value,
        String unit,
        String deadline,
        LocalDate due,
        boolean yearly,
        Double progress,
        LocalDate progressAsOf,
        String progressSource,
        boolean measured,
        TargetProgress.Status status) {}
