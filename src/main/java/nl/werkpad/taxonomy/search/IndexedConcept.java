package nl.werkpad.taxonomy.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A skill or occupation as the search index holds it: everything a suggestion shows, so that a
 * search never needs the database.
 *
 * @param hidden     ESCO's hidden labels (misspellings, old names): searched, never shown
 * @param types      for skills: knowledge, skill, language and/or transversal
 * @param group      for skills: the id of the nearest skill group above it (its Dutch name tells a
 *                   Dutch reader what kind of skill an English-only skill is); null when none
 * @param context    Dutch names of the few occupations a specialised skill belongs to: lets a Dutch word
 *                   find skills that have only English labels ("lasser" finds welding skills)
 * @param contextAlternative the Dutch alternative names of those occupations (searched only, weaker)
 * @param descriptions Dutch descriptions of the very few occupations a highly specialised skill belongs
 *                   to (searched only, weakly: "bakken" finds the skills of a baker); not kept in memory
 * @param popularity how many occupations use the skill; breaks ties towards common skills
 */
public record IndexedConcept(
        String id,
        Kind kind,
        String uri,
        Map<String, String> preferred,
        Map<String, List<String>> alternative,
        Map<String, List<String>> hidden,
        Set<String> types,
        String iscoGroup,
        String group,
        List<String> context,
        List<String> contextAlternative,
        List<String> descriptions,
        int popularity) {

    public enum Kind {
        SKILL,
        SKILL_GROUP,
        OCCUPATION
    }

    /** The label in the wanted language, else English, else any: with the language it is in. */
    public Label label(String language) {
        if (preferred.containsKey(language)) {
            return new Label(preferred.get(language), language);
        }
        if (preferred.containsKey("en")) {
            return new Label(preferred.get("en"), "en");
        }
        var any = preferred.entrySet().iterator().next();
        return new Label(any.getValue(), any.getKey());
    }

    /** The same concept without what only the index needs. */
    public IndexedConcept withoutDescriptions() {
        return descriptions.isEmpty() && contextAlternative.isEmpty()
                ? this
                : new IndexedConcept(
                        id,
                        kind,
                        uri,
                        preferred,
                        alternative,
                        hidden,
                        types,
                        iscoGroup,
                        group,
                        context,
                        List.of(),
                        List.of(),
                        popularity);
    }

    public List<String> alternativeLabels(String language) {
        return alternative.getOrDefault(label(language).language(), List.of());
    }

    public record Label(String text, String language) {}
}
