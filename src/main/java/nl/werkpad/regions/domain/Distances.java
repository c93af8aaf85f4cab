package nl.werkpad.regions.domain;

import nl.werkpad.regions.GeoPoint;

/** Great-circle distance on a sphere; at the scale of the Netherlands the error is well under 0.5%. */
public final class Distances {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    private Distances() {}

    public static double km(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
