package nl.werkpad.ecosystem.web;

import java.util.List;
import nl.werkpad.regions.RegionMap;

/** A region on the map with how many campuses it has (the fill) and their names (the title). */
public record MapArea(RegionMap.Area area, long campuses, List<String> names) {

    public String shade() {
        return campuses == 0 ? "map__area--none" : campuses < 3 ? "map__area--some" : "map__area--many";
    }
}
