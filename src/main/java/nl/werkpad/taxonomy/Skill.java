package nl.werkpad.taxonomy;

import java.util.List;

/**
 * A skill suggestion.
 *
 * @param type      ESCO's skill type: knowledge or skill/competence (null when not known)
 * @param types     knowledge, skill, language and/or transversal, for filtering
 * @param local     true while the skill is known by its English label only and has a local id
 * @param group     the name of the skill's nearest skill group in the asked language (see {@link SkillRef})
 */
public record Skill(
        String id,
        String uri,
        String label,
        String language,
        List<String> altLabels,
        String type,
        List<String> types,
        boolean local,
        String group) {

    public SkillRef ref() {
        return new SkillRef(id, uri, label, language, group);
    }
}
