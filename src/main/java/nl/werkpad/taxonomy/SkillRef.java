package nl.werkpad.taxonomy;

/** A skill as other records point at it: id, ESCO URI (null while known by label only) and label with its language. */
public record SkillRef(String id, String uri, String label, String language) {
}
