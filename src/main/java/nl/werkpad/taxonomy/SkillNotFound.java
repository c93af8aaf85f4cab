package nl.werkpad.taxonomy;

import nl.werkpad.shared.NotFound;

/** No skill has this id or ESCO URI. */
public final class SkillNotFound extends NotFound {

    private SkillNotFound(String id) {
        super("Vaardigheid", id);
    }

    public static SkillNotFound byId(String id) {
        return new SkillNotFound(id);
    }
}
