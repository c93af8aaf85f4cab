package nl.werkpad.ecosystem;

import java.util.List;
import java.util.UUID;

/** A campus (public-private partnership of education, business and government) with its partners by helix. */
public record Campus(
        UUID id,
        int nr,
        String name,
        String place,
        Place municipality,
        Place labourMarketRegion,
        String subregion,
        String kind,
        List<String> focus,
        String relatedProgrammes,
        String notes,
        String source,
        boolean servicePoint,
        List<Partner> partners) {

    public enum Helix {
        BUSINESS,
        EDUCATION,
        GOVERNMENT
    }

    public record Place(String code, String name) {}

    public record Partner(UUID organisationId, String name, Helix helix) {}
}
