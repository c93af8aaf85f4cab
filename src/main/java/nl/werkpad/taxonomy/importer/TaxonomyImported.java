package nl.werkpad.taxonomy.importer;

/** Published in-process after an import, so the search index can rebuild. */
public record TaxonomyImported(ImportResult result) {}
