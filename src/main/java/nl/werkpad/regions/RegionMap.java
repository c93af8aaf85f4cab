package nl.werkpad.regions;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The labour-market regions as SVG paths, for maps drawn by the server (no tiles, no script): a view box
 * and per region its outline and a label point, in the same projected coordinates.
 */
public record RegionMap(String viewBox, List<Area> areas) {

    public record Area(String code, String name, String path, double labelX, double labelY) {}

    /** Only the regions with these codes, in a view box that fits them. */
    public RegionMap only(Collection<String> codes) {
        List<Area> kept = areas.stream().filter(a -> codes.contains(a.code())).toList();
        return new RegionMap(viewBox, kept);
    }

    /** A view box that fits the areas of this map, with a small margin. */
    public String fittedViewBox() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Area a : areas) {
            for (String part : a.path().split("[MLZ]")) {
                if (part.isEmpty()) {
                    continue;
                }
                String[] xy = part.split(",");
                double x = Double.parseDouble(xy[0]);
                double y = Double.parseDouble(xy[1]);
                minX = Math.min(minX, x);
                minY = Math.min(minY, y);
                maxX = Math.max(maxX, x);
                maxY = Math.max(maxY, y);
            }
        }
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", minX - 2, minY - 2, maxX - minX + 4, maxY - minY + 4);
    }

    /** A point (WGS84) in the map's coordinates: x = longitude × cos(52°) × 100, y = −latitude × 100. */
    public static double[] project(double latitude, double longitude) {
        return new double[] {
            Math.round(longitude * Math.cos(Math.toRadians(52)) * 100 * 10) / 10.0,
            Math.round(-latitude * 100 * 10) / 10.0
        };
    }
}
