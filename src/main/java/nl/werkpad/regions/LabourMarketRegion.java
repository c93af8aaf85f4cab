package nl.werkpad.regions;

import java.util.List;

/** An arbeidsmarktregio with its municipalities and the provinces they lie in. */
public record LabourMarketRegion(
        String code, String name, List<Province> provinces, List<Municipality> municipalities) {}
