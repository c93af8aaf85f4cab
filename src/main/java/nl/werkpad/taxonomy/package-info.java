/**
 * Taxonomy: the ESCO classification (skills, occupations, ISCO groups, labels per language, hierarchy
 * and relations), its importers, and skill and occupation search in Dutch and English.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "access", "web"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.taxonomy;
