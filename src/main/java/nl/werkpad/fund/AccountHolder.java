package nl.werkpad.fund;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.werkpad.shared.Limits;

/**
 * What the fund needs to know of a person beyond the passport: the birth date (age rules) and the target
 * groups they declare (e.g. {@code no-starting-qualification}, {@code benefit}, {@code career-switch-technology}).
 */
public record AccountHolder(LocalDate birthDate, Set<@Size(max = Limits.CODE) String> targetGroups) {

    public static final List<String> TARGET_GROUPS =
            List.of("no-starting-qualification", "benefit", "career-switch-technology", "over-45", "work-to-work");
}
