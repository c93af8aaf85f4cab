/**
 * The taxonomy's search: the Lucene index of every label, its analyzers (Dutch stems and compound
 * parts, English stems) and the Dutch→English glossary learnt from ESCO's parallel texts. Published as
 * the named interface {@code search} for modules that read text with the same analysis (extraction).
 */
@org.springframework.modulith.NamedInterface("search")
package nl.werkpad.taxonomy.search;
