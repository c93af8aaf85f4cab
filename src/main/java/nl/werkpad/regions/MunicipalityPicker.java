package nl.werkpad.regions;

import java.util.List;

/**
 * What the municipality picker fragment ({@code regions/picker :: municipality(picker)}) shows: the
 * chosen municipality, or the options that match the text typed so far. Forms of every module build
 * one per municipality field; without JavaScript the form is sent with the text and comes back with
 * the options, with htmx the options follow the typing.
 *
 * @param field the form field that carries the chosen GMxxxx code; the typed text goes in {@code field + "Query"}
 */
public record MunicipalityPicker(String field, String query, Municipality selected, List<Municipality> options) {

    private static final int SUGGESTIONS = 8;

    public static MunicipalityPicker of(String field, String code, String query, Regions regions) {
        Municipality selected = code == null || code.isBlank() ? null : regions.municipality(code).orElse(null);
        String text = query == null ? "" : query;
        List<Municipality> options = selected != null || text.isBlank() ? List.of()
                : regions.searchMunicipalities(text, SUGGESTIONS);
        return new MunicipalityPicker(field.replaceAll("[^A-Za-z0-9_]", ""), text, selected, options);
    }
}
