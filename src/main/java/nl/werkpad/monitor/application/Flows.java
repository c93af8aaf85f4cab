package nl.werkpad.monitor.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.VoucherMoved;
import nl.werkpad.monitor.Flow;
import nl.werkpad.monitor.domain.AreaRollup;
import nl.werkpad.monitor.domain.Suppression;
import nl.werkpad.monitor.persistence.FlowStore;
import nl.werkpad.regions.Regions;
import nl.werkpad.trajectories.Trajectories;
import nl.werkpad.trajectories.TrajectoryChanged;
import nl.werkpad.trajectories.domain.Phase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The flows of the trajectories and the fund, counted per area and ISO week in the writer's transaction from their
 * events; a rebuild replays the same events from the two modules' histories through the same code.
 */
@Component
class Flows {

    private final FlowStore store;
    private final Regions regions;
    private final Ecosystem ecosystem;
    private final Trajectories trajectories;
    private final Fund fund;

    Flows(FlowStore store, Regions regions, Ecosystem ecosystem, Trajectories trajectories, Fund fund) {
        this.store = store;
        this.regions = regions;
        this.ecosystem = ecosystem;
        this.trajectories = trajectories;
        this.fund = fund;
    }

    @EventListener
    void trajectory(TrajectoryChanged e) {
        List<String> areas = new ArrayList<>(areasOfRegion(e.region()));
        if (e.campus() != null) {
            areas.add("campus:" + e.campus());
        }
        String kind = e.kind().name();
        if (e.previous() == null) {
            add(areas, e.on(), "trajectory.started", kind, kind, 0);
        }
        if (e.phase() == Phase.CLOSED) {
            add(areas, e.on(), "trajectory.completed", kind, kind, 0);
        }
        if (e.phase() == Phase.PLACEMENT) {
            add(areas, e.on(), "trajectory.placed", kind, kind, e.daysToPlacement() == null ? 0 : e.daysToPlacement());
            if (Boolean.TRUE.equals(e.inShortage())) {
                add(areas, e.on(), "trajectory.placed-in-shortage", kind, kind, 0);
            }
            if (Boolean.TRUE.equals(e.sectorChanged())) {
                add(areas, e.on(), "trajectory.placed-other-sector", kind, kind, 0);
            }
        }
    }

    @EventListener
    void voucher(VoucherMoved e) {
        List<String> areas = new ArrayList<>(areasOfMunicipality(e.municipality()));
        // the provider's campuses in one query: reading every campus with its partners' names cost each move ~9 reads
        for (UUID campus : ecosystem.campusesWithPartner(e.provider())) {
            areas.add("campus:" + campus);
        }
        // every paying source in one statement
        store.add(
                areas,
                week(e.on()),
                "voucher." + e.status().name().toLowerCase(),
                e.parts().stream()
                        .map(part -> new FlowStore.Count(part.source().toString(), part.sourceName(), part.amount()))
                        .toList());
    }

    void rebuild() {
        store.clear();
        trajectories.history(this::trajectory);
        fund.voucherHistory(this::voucher);
    }

    /** The flows of an area between two dates (whole ISO weeks), each under the suppression rule. */
    List<Flow> of(String area, LocalDate from, LocalDate to) {
        return store.sums(area, week(from), week(to)).stream()
                .map(f -> {
                    boolean hidden = Suppression.hiddenTotal(f.count());
                    return new Flow(
                            f.measure(), f.key(), f.label(), hidden ? null : f.count(), hidden ? null : f.total());
                })
                .toList();
    }

    private void add(List<String> areas, LocalDate on, String measure, String key, String label, long total) {
        store.add(areas, week(on), measure, key, label, total);
    }

    private List<String> areasOfMunicipality(String municipality) {
        return AreaRollup.ofMunicipality(municipality == null ? Optional.empty() : regions.municipality(municipality));
    }

    private List<String> areasOfRegion(String region) {
        return AreaRollup.ofRegion(region, region == null ? Optional.empty() : regions.labourMarketRegion(region));
    }

    private static LocalDate week(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
