package nl.werkpad.taxonomy.persistence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.werkpad.shared.WerkpadProperties;
import nl.werkpad.shared.db.DatabaseProperties;
import nl.werkpad.shared.db.EphemeralDatabase;
import nl.werkpad.shared.startup.StartupTask;
import nl.werkpad.taxonomy.importer.TaxonomyImported;
import nl.werkpad.taxonomy.search.IndexedConcept;
import nl.werkpad.taxonomy.search.IndexedConcept.Kind;
import nl.werkpad.taxonomy.search.TaxonomyIndex;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Fills the search index from the taxonomy schema at start and after every import. */
@Component
class TaxonomyIndexLoader implements StartupTask {

    /** A skill needed by at most this many occupations is specific enough to be found by their Dutch names. */
    private static final int SPECIFIC = 10;
    /** ... and by the words of their Dutch descriptions when at most this many need it. */
    private static final int VERY_SPECIFIC = 4;

    private final JdbcClient jdbc;
    private final TaxonomyIndex index;
    private final Path folder;

    TaxonomyIndexLoader(JdbcClient jdbc, TaxonomyIndex index, WerkpadProperties werkpad, DatabaseProperties database) {
        this.jdbc = jdbc;
        this.index = index;
        // kept next to the data; beside a throw-away test database as well, so that the application contexts
        // sharing that database (a test run starts several) build the index once and then open it
        this.folder = (database.ephemeral()
                        ? EphemeralDatabase.folder("index")
                        : werkpad.dataDir().resolve("index"))
                .resolve("taxonomy");
    }

    @Override
    public Phase phase() {
        return Phase.INDEXES;
    }

    @Override
    public void run() {
        if (!index.isBuilt()) { // a first-start import has just built it
            reload();
        }
    }

    @EventListener
    void imported(TaxonomyImported event) {
        reload();
    }

    private record Draft(
            String id,
            Kind kind,
            String uri,
            Map<String, String> preferred,
            Map<String, List<String>> alternative,
            Map<String, List<String>> hidden,
            Set<String> types,
            String isco,
            String[] group,
            List<String> context,
            List<String> contextAlternative,
            List<String> descriptions,
            int[] popularity) {
        IndexedConcept concept() {
            return new IndexedConcept(
                    id,
                    kind,
                    uri,
                    preferred,
                    alternative,
                    hidden,
                    types,
                    isco,
                    group[0],
                    List.copyOf(new java.util.LinkedHashSet<>(context)),
                    List.copyOf(new java.util.LinkedHashSet<>(contextAlternative)),
                    descriptions,
                    popularity[0]);
        }
    }

    void reload() {
        Map<String, Draft> drafts = new LinkedHashMap<>();
        jdbc.sql("select id, uri, concept_type, skill_type, reuse_level from taxonomy.skill")
                .query(rs -> {
                    Set<String> types = new TreeSet<>();
                    if ("knowledge".equals(rs.getString("skill_type"))) {
                        types.add("knowledge");
                    } else if ("skill/competence".equals(rs.getString("skill_type"))) {
                        types.add("skill");
                    }
                    if ("transversal".equals(rs.getString("reuse_level"))) {
                        types.add("transversal");
                    }
                    Kind kind = "SkillGroup".equals(rs.getString("concept_type")) ? Kind.SKILL_GROUP : Kind.SKILL;
                    drafts.put(rs.getString("id"), draft(rs.getString("id"), kind, rs.getString("uri"), types, null));
                });
        jdbc.sql(
                        "select skill_id, collection from taxonomy.skill_collection where collection in ('language', 'transversal')")
                .query(rs -> {
                    drafts.get(rs.getString(1)).types().add(rs.getString(2));
                });
        labels(
                "select skill_id, lang, kind, label from taxonomy.skill_label order by skill_id, kind desc, label",
                drafts);
        groups(drafts);
        jdbc.sql("select skill_id, count(*) from taxonomy.occupation_skill group by skill_id")
                .query(rs -> {
                    drafts.get(rs.getString(1)).popularity()[0] = rs.getInt(2);
                });
        jdbc.sql("""
                with specific as (select skill_id from taxonomy.occupation_skill where relation_type = 'essential'
                                   group by skill_id having count(*) <= :specific)
                select os.skill_id, l.label, l.kind
                  from specific s
                  join taxonomy.occupation_skill os on os.skill_id = s.skill_id and os.relation_type = 'essential'
                  join taxonomy.occupation_label l on l.occupation_id = os.occupation_id and l.lang = 'nl' and l.kind <> 'hidden'
                 order by os.skill_id, l.kind desc, l.label
                """).param("specific", SPECIFIC).query(rs -> {
            Draft draft = drafts.get(rs.getString(1));
            ("preferred".equals(rs.getString(3)) ? draft.context() : draft.contextAlternative()).add(rs.getString(2));
        });
        jdbc.sql("""
                with specific as (select skill_id from taxonomy.occupation_skill where relation_type = 'essential'
                                   group by skill_id having count(*) <= :specific)
                select os.skill_id, o.description_nl
                  from specific s
                  join taxonomy.occupation_skill os on os.skill_id = s.skill_id and os.relation_type = 'essential'
                  join taxonomy.occupation o on o.id = os.occupation_id and o.description_nl is not null
                 order by os.skill_id, o.id
                """).param("specific", VERY_SPECIFIC).query(rs -> {
            drafts.get(rs.getString(1)).descriptions().add(rs.getString(2));
        });
        jdbc.sql("select id, uri, isco_group from taxonomy.occupation").query(rs -> {
            drafts.put(
                    rs.getString("id"),
                    draft(
                            rs.getString("id"),
                            Kind.OCCUPATION,
                            rs.getString("uri"),
                            new TreeSet<>(),
                            rs.getString("isco_group")));
        });
        labels(
                "select occupation_id, lang, kind, label from taxonomy.occupation_label order by occupation_id, kind desc, label",
                drafts);
        List<IndexedConcept> concepts = drafts.values().stream()
                .filter(d -> !d.preferred().isEmpty())
                .map(Draft::concept)
                .toList();
        List<String[]> parallel = parallelTexts(concepts);
        index.load(concepts, parallel, folder, key());
    }

    /**
     * ESCO's parallel Dutch and English texts, for the search's Dutch→English bridge: each concept's
     * labels in both languages, and each occupation's and ISCO group's two descriptions.
     */
    private List<String[]> parallelTexts(List<IndexedConcept> concepts) {
        List<String[]> texts = new ArrayList<>();
        for (IndexedConcept c : concepts) {
            if (c.preferred().containsKey("nl") && c.preferred().containsKey("en")) {
                texts.add(new String[] {labelsOf(c, "nl"), labelsOf(c, "en")});
            }
        }
        jdbc.sql(
                        "select description_nl, description_en from taxonomy.occupation where description_nl is not null and description_en is not null")
                .query(rs -> {
                    texts.add(new String[] {rs.getString(1), rs.getString(2)});
                });
        jdbc.sql(
                        "select label_nl, label_en from taxonomy.isco_group where label_nl is not null and label_en is not null")
                .query(rs -> {
                    texts.add(new String[] {rs.getString(1), rs.getString(2)});
                });
        return texts;
    }

    private static String labelsOf(IndexedConcept c, String language) {
        return c.preferred().get(language) + "\n"
                + String.join("\n", c.alternative().getOrDefault(language, List.of()));
    }

    /** Which database and which import the index reflects: another database or a new import means a new index. */
    private String key() {
        return jdbc.sql("""
                select (select system_identifier from pg_control_system()) || ':'
                       || coalesce((select id || ':' || checksum from taxonomy.esco_import order by id desc limit 1), 'none')
                """).query(String.class).single() + ":format-" + TaxonomyIndex.FORMAT;
    }

    private static Draft draft(String id, Kind kind, String uri, Set<String> types, String isco) {
        return new Draft(
                id,
                kind,
                uri,
                new HashMap<>(),
                new HashMap<>(),
                new HashMap<>(),
                types,
                isco,
                new String[1],
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new int[1]);
    }

    /** Each skill's nearest skill group: up the hierarchy, breadth first (a skill may sit under narrower skills). */
    private void groups(Map<String, Draft> drafts) {
        Map<String, List<String>> broader = new HashMap<>();
        jdbc.sql("select skill_id, broader_id from taxonomy.skill_broader order by skill_id, broader_id")
                .query(rs -> {
                    broader.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        for (Draft draft : drafts.values()) {
            if (draft.kind() == Kind.OCCUPATION) {
                continue;
            }
            java.util.ArrayDeque<String> queue =
                    new java.util.ArrayDeque<>(broader.getOrDefault(draft.id(), List.of()));
            Set<String> seen = new java.util.HashSet<>();
            while (!queue.isEmpty()) {
                String next = queue.poll();
                Draft up = drafts.get(next);
                if (up != null && up.kind() == Kind.SKILL_GROUP) {
                    draft.group()[0] = next;
                    break;
                }
                if (seen.add(next)) {
                    queue.addAll(broader.getOrDefault(next, List.of()));
                }
            }
        }
    }

    private void labels(String sql, Map<String, Draft> drafts) {
        jdbc.sql(sql).query(rs -> {
            Draft draft = drafts.get(rs.getString(1));
            if ("preferred".equals(rs.getString(3))) {
                draft.preferred().put(rs.getString(2), rs.getString(4));
            } else if ("hidden".equals(rs.getString(3))) {
                draft.hidden()
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(4));
            } else {
                draft.alternative()
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(4));
            }
        });
    }
}
