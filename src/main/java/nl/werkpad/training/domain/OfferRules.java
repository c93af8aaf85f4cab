package nl.werkpad.training.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.werkpad.shared.Decision;
import nl.werkpad.training.OfferStart;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOfferInput;

/** What a valid training offer is, and which status changes are allowed, as pure functions. */
public final class OfferRules {

    private OfferRules() {}

    public static List<Decision.Rejected> check(TrainingOfferInput o) {
        List<Decision.Rejected> problems = new ArrayList<>();
        if (o.title() == null || o.title().isBlank() || o.title().length() > 200) {
            problems.add(new Decision.Rejected("offer.title-required", "A title of 1 to 200 characters is required"));
        }
        if (o.level() == null) {
            problems.add(new Decision.Rejected("offer.level-required", "The level is required"));
        }
        if (o.mode() == null) {
            problems.add(
                    new Decision.Rejected("offer.mode-required", "The mode (on site, online, blended) is required"));
        } else if (o.mode() != TrainingMode.ONLINE
                && (o.municipality() == null || o.municipality().isBlank())) {
            problems.add(new Decision.Rejected(
                    "offer.municipality-required", "Training on site or blended takes place in a municipality"));
        }
        if (o.durationHours() == null || o.durationHours() < 1 || o.durationWeeks() == null || o.durationWeeks() < 1) {
            problems.add(new Decision.Rejected(
                    "offer.duration-required", "The duration in hours and in weeks is at least 1"));
        }
        if (o.costCents() == null || o.costCents() < 0) {
            problems.add(new Decision.Rejected("offer.cost-required", "The cost in euro cents is 0 or more"));
        }
        if (o.skills() == null || o.skills().isEmpty()) {
            problems.add(new Decision.Rejected("offer.skills-required", "An offer teaches at least one ESCO skill"));
        }
        List<OfferStart> starts = o.starts() == null ? List.of() : o.starts();
        if (starts.stream().anyMatch(s -> s.date() == null || s.seats() < 0)
                || new HashSet<>(starts.stream().map(OfferStart::date).toList()).size() != starts.size()) {
            problems.add(
                    new Decision.Rejected("offer.starts-invalid", "Each start has its own date and 0 or more seats"));
        }
        if (o.status() == OfferStatus.WITHDRAWN) {
            problems.add(new Decision.Rejected("offer.status-on-create", "An offer is written as DRAFT or PUBLISHED"));
        }
        return problems;
    }

    /** A draft is published or withdrawn; a published offer is withdrawn; a withdrawn offer may be published again. */
    public static Decision transition(OfferStatus from, OfferStatus to) {
        boolean allowed =
                switch (from) {
                    case DRAFT -> to != OfferStatus.DRAFT;
                    case PUBLISHED -> to == OfferStatus.WITHDRAWN;
                    case WITHDRAWN -> to == OfferStatus.PUBLISHED;
                };
        return allowed
                ? Decision.allowed()
                : Decision.rejected("offer.status-transition", "A " + from + " offer cannot become " + to);
    }
}
