package nl.werkpad.taxonomy;

import org.jspecify.annotations.Nullable;

/**
 * A skill as other records point at it: id, ESCO URI (null while known by label only) and label with
 * its language. When ESCO has no label in the asked language, {@code label} is the English one
 * ({@code language} "en") and {@code group} names, in the asked language, the skill group it belongs
 * to, so that a reader knows at least what kind of skill it is; pages show both through the fragment
 * {@code taxonomy/skill-label}.
 *
 * @param group the name of the skill's nearest ESCO skill group in the asked language (null when none)
 */
public record SkillRef(
        String id,
        String uri,
        String label,
        String language,
        @Nullable String group) {

    public SkillRef(String id, String uri, String label, String language) {
        this(id, uri, label, language, null);
    }

    /** True when the label is not in the language that was asked for (the page's). */
    public boolean fallsBackFrom(String asked) {
        return asked != null && !asked.equals(language);
    }
}
