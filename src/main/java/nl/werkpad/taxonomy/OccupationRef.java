package nl.werkpad.taxonomy;

/** An occupation as other records point at it. */
public record OccupationRef(String id, String uri, String label, String language) {}
