package nl.werkpad.taxonomy;

import java.util.List;

/**
 * What the skill picker fragment ({@code taxonomy/pickers :: skills(picker, label)}) shows: the skills
 * chosen so far (kept as checked boxes) and the suggestions for the text typed. Forms of every module
 * build one per skill field; without JavaScript the form is sent with the text and comes back with
 * the suggestions, with htmx the suggestions follow the typing.
 *
 * @param field the form field that carries the chosen skill ids; the typed text goes in {@code field + "Query"}
 */
public record SkillPicker(String field, String query, List<SkillRef> selected, List<Skill> options) {

    private static final int SUGGESTIONS = 8;

    public static SkillPicker of(String field, List<String> chosen, String query, String language, Taxonomy taxonomy) {
        List<SkillRef> selected = chosen == null
                ? List.of()
                : chosen.stream()
                        .distinct()
                        .flatMap(id -> taxonomy.skillRef(id, language).stream())
                        .toList();
        String text = query == null ? "" : query;
        List<Skill> options = text.isBlank()
                ? List.of()
                : taxonomy.suggestSkills(text, language, null, SUGGESTIONS).stream()
                        .filter(s -> selected.stream().noneMatch(c -> c.id().equals(s.id())))
                        .toList();
        return new SkillPicker(field.replaceAll("[^A-Za-z0-9_]", ""), text, selected, options);
    }
}
