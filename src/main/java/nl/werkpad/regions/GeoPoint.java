package nl.werkpad.regions;

/** A point in WGS84 degrees. */
public record GeoPoint(double latitude, double longitude) {}
