package nl.werkpad.regions;

/** A province, by its CBS code (PV20 Groningen … PV31 Limburg). */
public record Province(String code, String name) {}
