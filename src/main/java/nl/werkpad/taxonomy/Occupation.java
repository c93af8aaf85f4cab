package nl.werkpad.taxonomy;

import java.util.List;

/** An occupation suggestion, with its ISCO-08 unit group. */
public record Occupation(
        String id, String uri, String label, String language, List<String> altLabels, String iscoGroup) {

    public OccupationRef ref() {
        return new OccupationRef(id, uri, label, language);
    }
}
