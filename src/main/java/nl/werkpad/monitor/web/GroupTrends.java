package nl.werkpad.monitor.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.werkpad.monitor.Monitor;

/**
 * The policy maker's questions on one page: per occupation group, is the market getting tighter; and for one group,
 * in which labour-market region is it tightest. Only published figures count: a ratio over fewer than ten people on WW
 * is never compared, so a region or week without one is left out, never read as "very tight".
 */
final class GroupTrends {

    private GroupTrends() {}

    enum Direction {
        TIGHTER,
        LOOSER,
        STEADY
    }

    /** A group's published ratio in the first and the last week of the trend that has one, and which way it went. */
    record GroupTrend(
            String group, String label, Monitor.TrendPoint first, Monitor.TrendPoint last, Direction direction) {}

    /** The tightest region for a group, with its own trend; null when no region has a published ratio. */
    record Worst(Monitor.RegionTension region, GroupTrend trend) {}

    /** A change of less than this share of the first ratio is steady (the demo's weekly noise). */
    static final double STEADY_WITHIN = 0.05;

    static GroupTrend of(String group, String label, List<Monitor.TrendPoint> points) {
        List<Monitor.TrendPoint> published = points.stream()
                .filter(p -> !p.suppressed() && p.ratio() != null)
                .toList();
        if (published.size() < 2) {
            return new GroupTrend(
                    group,
                    label,
                    published.isEmpty() ? null : published.getFirst(),
                    published.isEmpty() ? null : published.getLast(),
                    null);
        }
        Monitor.TrendPoint first = published.getFirst();
        Monitor.TrendPoint last = published.getLast();
        double change = (last.ratio() - first.ratio()) / Math.max(0.01, first.ratio());
        Direction direction = change > STEADY_WITHIN
                ? Direction.TIGHTER
                : change < -STEADY_WITHIN ? Direction.LOOSER : Direction.STEADY;
        return new GroupTrend(group, label, first, last, direction);
    }

    /** The region with the highest published ratio for the group (ties: the one with more vacancies). */
    static Optional<Monitor.RegionTension> tightest(List<Monitor.RegionTension> regions) {
        return regions.stream()
                .filter(r -> !r.suppressed() && r.ratio() != null)
                .max(Comparator.comparingDouble(Monitor.RegionTension::ratio)
                        .thenComparingLong(Monitor.RegionTension::vacancies));
    }

    /** Per row of a tension table: its trend in the area. */
    static List<GroupTrend> perGroup(Monitor monitor, Monitor.Level level, String area, List<Monitor.Row> rows) {
        List<GroupTrend> trends = new ArrayList<>();
        for (Monitor.Row row : rows) {
            trends.add(of(row.group(), row.label(), monitor.trend(level, area, row.group())));
        }
        return trends;
    }
}
