package nl.werkpad.regions;

import java.util.List;
import nl.werkpad.regions.domain.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * What the municipality picker fragment ({@code regions/picker :: municipality(picker)}) shows: the
 * chosen municipality, or the options that match the text typed so far. Forms of every module build
 * one per municipality field; without JavaScript the form is sent with the text and comes back with
 * the options, with htmx the options follow the typing.
 *
 * @param field the form field that carries the chosen GMxxxx code; the typed text goes in {@code field + "Query"}
 */
public record MunicipalityPicker(
        String field, String query, @Nullable Municipality selected, List<Municipality> options) {

    private static final int SUGGESTIONS = 8;

    public static MunicipalityPicker of(String field, @Nullable String code, @Nullable String query, Regions regions) {
        Municipality selected = code == null || code.isBlank()
                ? null
                : regions.municipality(code).orElse(null);
        String text = query == null ? "" : query;
        List<Municipality> options =
                selected != null || text.isBlank() ? List.of() : regions.searchMunicipalities(text, SUGGESTIONS);
        return new MunicipalityPicker(field.replaceAll("[^A-Za-z0-9_]", ""), text, selected, options);
    }

    /**
     * For a filter, where a person types a name and expects the list to follow at once: the typed text wins
     * over an earlier choice (and clearing it clears the filter), a name typed in full or the only match is
     * chosen, and a name in the code's place ({@code ?gemeente=Alkmaar}) is read as typed text.
     *
     * @param query the typed text, {@code null} when the form was not sent (a link with a code only)
     */
    public static MunicipalityPicker forFilter(String field, String code, String query, Regions regions) {
        String text = query == null ? "" : query.strip();
        Municipality chosen = code == null || code.isBlank()
                ? null
                : regions.municipality(code.strip()).orElse(null);
        if (chosen == null && code != null && !code.isBlank() && text.isEmpty()) {
            text = code.strip();
        }
        if (chosen != null && query != null && !SearchText.fold(chosen.name()).equals(SearchText.fold(text))) {
            chosen = null;
        }
        if (chosen == null && !text.isEmpty()) {
            String folded = SearchText.fold(text);
            List<Municipality> found = regions.searchMunicipalities(text, SUGGESTIONS);
            chosen = found.stream()
                    .filter(m -> SearchText.fold(m.name()).equals(folded))
                    .findFirst()
                    .orElse(found.size() == 1 ? found.getFirst() : null);
        }
        return chosen != null
                ? new MunicipalityPicker(field.replaceAll("[^A-Za-z0-9_]", ""), chosen.name(), chosen, List.of())
                : of(field, null, text, regions);
    }

    /** The chosen municipality's code, or {@code null} when none is chosen. */
    public @Nullable String selectedCode() {
        return selected == null ? null : selected.code();
    }
}
