package nl.werkpad.taxonomy.importer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An ESCO package read into memory and checked, ready to be written in one transaction. Ids are the
 * UUID part of the concept URIs; skills known only by an English label carry a local id.
 */
public final class EscoPackage {

    /**
     * Preferred, alternative and hidden labels in one language.
     *
     * @param version the ESCO version the labels come from, when not the package's own (bundled extras)
     */
    public record Labels(String preferred, List<String> alternative, List<String> hidden, String version) {}

    /** The parts an ESCO release consists of; a package that lacks one leaves that part as it is. */
    public enum Part {
        SKILLS,
        OCCUPATIONS,
        ISCO_GROUPS,
        SKILL_HIERARCHY,
        SKILL_RELATIONS,
        OCCUPATION_HIERARCHY,
        OCCUPATION_SKILLS,
        COLLECTIONS
    }

    public record IscoGroup(String code, String uri, Map<String, String> labels, String description) {}

    public static final class Skill {
        public final String id;
        public final String uri;
        public String conceptType;
        public String skillType;
        public String reuseLevel;
        public String code;
        public String description;
        public String descriptionLang;
        public String descriptionVersion;
        public final Map<String, Labels> labels = new LinkedHashMap<>();

        Skill(String id, String uri, String conceptType) {
            this.id = id;
            this.uri = uri;
            this.conceptType = conceptType;
        }

        public boolean local() {
            return uri == null;
        }
    }

    public static final class Occupation {
        public final String id;
        public final String uri;
        public String iscoGroup;
        public String code;
        public final Map<String, Labels> labels = new LinkedHashMap<>();
        public final Map<String, String> descriptions = new LinkedHashMap<>();

        Occupation(String id, String uri) {
            this.id = id;
            this.uri = uri;
        }
    }

    public record Edge(String from, String to) {}

    public record Relation(String from, String to, String type) {}

    public String version = "unknown";
    public final Set<String> languages = new LinkedHashSet<>();
    public final Set<Part> parts = EnumSet.noneOf(Part.class);
    public final Map<String, IscoGroup> iscoGroups = new LinkedHashMap<>();
    public final Map<String, Skill> skills = new LinkedHashMap<>();
    public final Map<String, Occupation> occupations = new LinkedHashMap<>();
    /** skill → broader skill or skill group */
    public final Set<Edge> skillBroader = new LinkedHashSet<>();
    /** occupation → broader occupation */
    public final Set<Edge> occupationBroader = new LinkedHashSet<>();
    /** occupation → broader ISCO group code */
    public final Set<Edge> occupationIsco = new LinkedHashSet<>();

    public final Map<Edge, String> skillRelations = new LinkedHashMap<>();
    /** (occupation, skill) → essential or optional; essential wins when both are given */
    public final Map<Edge, String> occupationSkills = new LinkedHashMap<>();

    public final Set<Edge> collections = new LinkedHashSet<>();
    /** edges of the hierarchies that point at concepts this package does not describe (partial packages) */
    public int skippedEdges;

    public final List<String> notes = new ArrayList<>();

    public long localSkills() {
        return skills.values().stream().filter(Skill::local).count();
    }

    public long knowledgeSkillCompetences() {
        return skills.values().stream()
                .filter(s -> "KnowledgeSkillCompetence".equals(s.conceptType))
                .count();
    }
}
