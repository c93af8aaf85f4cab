package nl.werkpad.taxonomy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the occupation picker fragment ({@code taxonomy/pickers :: occupation(picker, label)}) shows:
 * the chosen occupation, or the suggestions for the text typed.
 */
public record OccupationPicker(
        String field, String query, @Nullable OccupationRef selected, List<Occupation> options) {

    private static final int SUGGESTIONS = 8;

    public static OccupationPicker of(String field, String chosen, String query, String language, Taxonomy taxonomy) {
        OccupationRef selected = chosen == null || chosen.isBlank()
                ? null
                : taxonomy.occupationRef(chosen, language).orElse(null);
        String text = query == null ? "" : query;
        List<Occupation> options = selected != null || text.isBlank()
                ? List.of()
                : taxonomy.suggestOccupations(text, language, SUGGESTIONS);
        return new OccupationPicker(field.replaceAll("[^A-Za-z0-9_]", ""), text, selected, options);
    }
}
