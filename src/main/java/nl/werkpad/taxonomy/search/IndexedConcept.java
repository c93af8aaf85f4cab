package nl.werkpad.taxonomy.search;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A skill or occupation as the search index holds it: everything a suggestion shows, so that a
 * search never needs the database.
 *
 * @param types      for skills: knowledge, skill, language and/or transversal
 * @param context    Dutch labels of the few occupations a specialised skill belongs to: lets a Dutch
 *                   word find skills that have only English labels ("lasser" finds welding skills)
 * @param popularity how many occupations use the skill; breaks ties towards common skills
 */
public record IndexedConcept(String id, Kind kind, String uri, Map<String, String> preferred,
                             Map<String, List<String>> alternative, Set<String> types, String iscoGroup,
                             List<String> context, int popularity) {

    public enum Kind { SKILL, SKILL_GROUP, OCCUPATION }

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

    public List<String> alternativeLabels(String language) {
        return alternative.getOrDefault(label(language).language(), List.of());
    }

    public record Label(String text, String language) {
    }
}
