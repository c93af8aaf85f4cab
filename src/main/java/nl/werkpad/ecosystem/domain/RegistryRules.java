package nl.werkpad.ecosystem.domain;

import java.time.LocalDate;
import java.util.Set;
import nl.werkpad.shared.Decision;
import org.jspecify.annotations.Nullable;

/**
 * The registry's own rules on what policy makers enter — coalitions, their partners, progress, events and the
 * imported campuses and targets — as pure functions; the application service refuses what they reject.
 */
public final class RegistryRules {

    /** The longest name of a coalition, event or campus. */
    public static final int NAME = 200;
    /** The longest source a progress figure names. */
    public static final int SOURCE = 300;
    /** The kinds the campus register knows. */
    public static final Set<String> CAMPUS_KINDS = Set.of("campus", "project-pps");

    private RegistryRules() {}

    public static Decision newCoalition(@Nullable String name, @Nullable String driver) {
        if (name == null || name.isBlank() || name.length() > NAME) {
            return Decision.rejected("coalition.name-required", "A coalition has a name of at most 200 characters");
        }
        if (driver == null || driver.isBlank() || driver.length() > NAME) {
            return Decision.rejected("coalition.driver-required", "Name the driver (aanjager) of the coalition");
        }
        return Decision.allowed();
    }

    /** A finished or stopped coalition keeps the purpose case it had. */
    public static Decision purposeCaseEditable(CoalitionPhase phase) {
        return phase.next().isEmpty()
                ? Decision.rejected(
                        "coalition.closed", "A finished or stopped coalition cannot change its purpose case")
                : Decision.allowed();
    }

    public static Decision partner(
            @Nullable String name, PurposeCase.@Nullable Helix helix, @Nullable Long contributionCents) {
        if (blank(name) || helix == null) {
            return Decision.rejected("coalition.partner-invalid", "Every partner has a name and a helix");
        }
        if (contributionCents != null && contributionCents < 0) {
            return Decision.rejected("coalition.contribution-negative", "A contribution cannot be negative");
        }
        return Decision.allowed();
    }

    public static Decision progress(double value, @Nullable LocalDate asOf, @Nullable String source) {
        if (source == null || source.isBlank() || source.length() > SOURCE) {
            return Decision.rejected(
                    "target.source-required", "Say where the figure comes from (at most 300 characters)");
        }
        if (value < 0 || asOf == null) {
            return Decision.rejected(
                    "target.progress-invalid", "Progress is a number of at least 0 with the date it holds for");
        }
        return Decision.allowed();
    }

    public static Decision event(
            boolean kindGiven,
            @Nullable String title,
            @Nullable LocalDate heldOn,
            @Nullable Integer participants,
            @Nullable Integer pupils) {
        if (!kindGiven) {
            return Decision.rejected("event.kind-required", "Choose what kind of event it was");
        }
        if (title == null || title.isBlank() || title.length() > NAME) {
            return Decision.rejected("event.title-required", "An event has a title of at most 200 characters");
        }
        if (heldOn == null) {
            return Decision.rejected("event.date-required", "Give the date of the event");
        }
        if ((participants != null && participants < 0) || (pupils != null && pupils < 0)) {
            return Decision.rejected("event.count-negative", "Counts cannot be negative");
        }
        return Decision.allowed();
    }

    /** A row of the campus register. */
    public static Decision campus(@Nullable String name, @Nullable String kind) {
        if (name == null || name.length() > NAME) {
            return Decision.rejected("campus.name-required", "A campus has a name of at most 200 characters");
        }
        if (!CAMPUS_KINDS.contains(kind)) {
            return Decision.rejected("campus.kind-invalid", "kind is campus or project-pps, not '" + kind + "'");
        }
        return Decision.allowed();
    }

    /** A row of the action agenda. */
    public static Decision target(
            @Nullable String actionLine,
            @Nullable String resultNr,
            @Nullable String title,
            @Nullable String shortResult) {
        return actionLine == null || resultNr == null || title == null || shortResult == null
                ? Decision.rejected(
                        "target.incomplete", "actielijn, resultaat_nr, titel and beoogd_resultaat_kort are required")
                : Decision.allowed();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
