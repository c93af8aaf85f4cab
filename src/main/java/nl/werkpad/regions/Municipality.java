package nl.werkpad.regions;

/** A municipality with the province and labour-market region it belongs to. */
public record Municipality(String code, String name, Province province, Region labourMarketRegion, GeoPoint point) {

    /** A labour-market region without its municipalities, as a municipality refers to it. */
    public record Region(String code, String name) {}
}
