package nl.werkpad.trajectories.domain;

import java.time.LocalDate;
import java.util.UUID;
import nl.werkpad.shared.Decision;

/**
 * Whether proposed terms make an exchange: between two employers, with a kind, a start and 1–60 hours a week; lending
 * ends on or after its start; at most as many people as were offered and asked for.
 */
public final class ExchangeTerms {

    public static final int MIN_HOURS = 1;
    public static final int MAX_HOURS = 60;
    /** The most people one offer or request may name. */
    public static final int MAX_PEOPLE = 1000;

    /** The terms as proposed; {@code lending} is the kind "lend for a period" (the other kind is a transfer). */
    public record Proposed(
            UUID offeringEmployer,
            UUID askingEmployer,
            boolean kindGiven,
            boolean lending,
            LocalDate startsOn,
            LocalDate endsOn,
            Integer hours,
            int people,
            int offered,
            int asked) {}

    private ExchangeTerms() {}

    public static Decision check(Proposed t) {
        if (t.offeringEmployer().equals(t.askingEmployer())) {
            return Decision.rejected("exchange.same-employer", "an exchange is between two employers");
        }
        if (!t.kindGiven()
                || t.startsOn() == null
                || t.hours() == null
                || t.hours() < MIN_HOURS
                || t.hours() > MAX_HOURS) {
            return Decision.rejected("exchange.terms-incomplete", "kind, start and hours per week (1–60) are required");
        }
        if (t.lending() && (t.endsOn() == null || t.endsOn().isBefore(t.startsOn()))) {
            return Decision.rejected("exchange.lend-needs-end", "lending has an end date on or after its start");
        }
        if (t.people() < 1 || t.people() > Math.min(t.offered(), t.asked())) {
            return Decision.rejected("exchange.people-invalid", "at most as many people as offered and asked");
        }
        return Decision.allowed();
    }

    /** How many people an offer or request names: 1 to {@link #MAX_PEOPLE}. */
    public static Decision people(Integer people) {
        return people == null || people < 1 || people > MAX_PEOPLE
                ? Decision.rejected("exchange.people-invalid", "between 1 and 1,000 people")
                : Decision.allowed();
    }
}
