package nl.werkpad.regions.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Folds text for matching names: lower case, no accents, no punctuation ("Súdwest-Fryslân" → "sudwest fryslan"). */
public final class SearchText {

    private SearchText() {}

    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }
}
