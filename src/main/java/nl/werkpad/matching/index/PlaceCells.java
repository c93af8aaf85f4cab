package nl.werkpad.matching.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The distinct places entries sit at (a few hundred municipality centroids), numbered in the order they are first
 * seen, and the cell of about {@value #CELL_DEGREES} degrees each lies in: a search computes its distance to each place
 * once, and reads only the postings of the cells near it. Places are never forgotten (there are few). One writer at a
 * time, as for {@link InvertedTable}.
 */
final class PlaceCells {

    /** The size of a cell in degrees of latitude and longitude (about 5.5 km north-south, 3.5 km east-west here). */
    static final double CELL_DEGREES = 0.05;
    /** Places are numbered in 20 bits of {@code InvertedTable}'s per-slot int. */
    static final int MAX_PLACES = 1 << 20;

    private final Map<Long, Integer> places = new HashMap<>();
    private final Map<Long, Integer> cells = new HashMap<>();
    private double[] lat = new double[64];
    private double[] lon = new double[64];
    private int[] cellOf = new int[64];

    /** The number of the place at these coordinates, numbering it when it is new. */
    int place(double latitude, double longitude) {
        long key = Double.doubleToLongBits(latitude) * 31 + Double.doubleToLongBits(longitude);
        Integer known = places.get(key);
        if (known != null && lat[known] == latitude && lon[known] == longitude) {
            return known;
        }
        int p = places.size();
        if (p == MAX_PLACES) {
            throw new IllegalStateException("more than " + MAX_PLACES + " distinct places");
        }
        if (known != null) {
            // a hash collision of two places: look it up the slow way (never seen with real coordinates)
            for (int i = 0; i < places.size(); i++) {
                if (lat[i] == latitude && lon[i] == longitude) {
                    return i;
                }
            }
            key = ~key ^ p;
        }
        if (p == lat.length) {
            lat = Arrays.copyOf(lat, p * 2);
            lon = Arrays.copyOf(lon, p * 2);
            cellOf = Arrays.copyOf(cellOf, p * 2);
        }
        lat[p] = latitude;
        lon[p] = longitude;
        long cellKey =
                (long) Math.floor(latitude / CELL_DEGREES) * 1_000_003L + (long) Math.floor(longitude / CELL_DEGREES);
        cellOf[p] = cells.computeIfAbsent(cellKey, k -> cells.size());
        places.put(key, p);
        return p;
    }

    int count() {
        return places.size();
    }

    double lat(int place) {
        return lat[place];
    }

    double lon(int place) {
        return lon[place];
    }

    int cellOf(int place) {
        return cellOf[place];
    }

    int cellCount() {
        return cells.size();
    }
}
