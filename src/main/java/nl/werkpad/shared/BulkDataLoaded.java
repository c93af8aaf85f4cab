package nl.werkpad.shared;

/**
 * Many records were written at once without their one-by-one events (a generated market, a bulk import);
 * read models that follow events rebuild from their sources.
 */
public record BulkDataLoaded(String what) {}
