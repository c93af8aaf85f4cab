package nl.werkpad.regions;

import java.util.List;

/**
 * The labour-market regions as SVG paths, for maps drawn by the server (no tiles, no script): a view box
 * and per region its outline and a label point, in the same projected coordinates.
 */
public record RegionMap(String viewBox, List<Area> areas) {

    public record Area(String code, String name, String path, double labelX, double labelY) {
    }

    /** Only the regions with these codes, in a view box that fits them. */
    public RegionMap only(java.util.Collection<String> codes) {
        List<Area> kept = areas.stream().filter(a -> codes.contains(a.code())).toList();
        return new RegionMap(viewBox, kept);
    }

    /** A point (WGS84) in the map's coordinates: x = longitude × cos(52°) × 100, y = −latitude × 100. */
    public static double[] project(double latitude, double longitude) {
        return new double[] {Math.round(longitude * Math.cos(Math.toRadians(52)) * 100 * 10) / 10.0, Math.round(-latitude * 100 * 10) / 10.0};
    }
}
