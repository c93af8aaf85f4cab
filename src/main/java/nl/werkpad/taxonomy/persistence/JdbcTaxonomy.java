package nl.werkpad.taxonomy.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.werkpad.taxonomy.Occupation;
import nl.werkpad.taxonomy.OccupationDetails;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.Skill;
import nl.werkpad.taxonomy.SkillDetails;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.TaxonomyInfo;
import nl.werkpad.taxonomy.importer.EscoPackageReader;
import nl.werkpad.taxonomy.search.IndexedConcept;
import nl.werkpad.taxonomy.search.IndexedConcept.Kind;
import nl.werkpad.taxonomy.search.TaxonomyIndex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Suggestions and labels come from the in-memory index; relations and descriptions from SQL. */
@Repository
@Transactional(readOnly = true)
class JdbcTaxonomy implements Taxonomy {

    private static final String ESCO = "http://data.europa.eu/esco/";
    private final JdbcClient jdbc;
    private final TaxonomyIndex index;
    private final ReleaseFigures release;

    JdbcTaxonomy(JdbcClient jdbc, TaxonomyIndex index, ReleaseFigures release) {
        this.jdbc = jdbc;
        this.index = index;
        this.release = release;
    }

    @Override
    public List<Skill> suggestSkills(String text, String language, String type, int limit) {
        return index.search(text, Kind.SKILL, language, type, limit).stream()
                .map(c -> skill(c, language))
                .toList();
    }

    @Override
    public List<Occupation> suggestOccupations(String text, String language, int limit) {
        return index.search(text, Kind.OCCUPATION, language, null, limit).stream()
                .map(c -> occupation(c, language))
                .toList();
    }

    @Override
    public Optional<SkillRef> skillRef(String idOrUri, String language) {
        return Optional.ofNullable(resolveSkills(List.of(idOrUri)).get(idOrUri))
                .flatMap(index::concept)
                .map(c -> skillRef(c, language));
    }

    @Override
    public Optional<OccupationRef> occupationRef(String idOrUri, String language) {
        return index.concept(id(idOrUri))
                .filter(c -> c.kind() == Kind.OCCUPATION)
                .map(c -> occupationRef(c, language));
    }

    @Override
    public Map<String, String> resolveSkills(Collection<String> idsOrUris) {
        Map<String, String> resolved = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String given : idsOrUris) {
            String id = id(given);
            if (index.concept(id).filter(c -> c.kind() != Kind.OCCUPATION).isPresent()) {
                resolved.put(given, id);
            } else {
                unknown.add(given);
            }
        }
        if (!unknown.isEmpty()) {
            jdbc.sql("select alias, skill_id from taxonomy.skill_alias where alias = any(:aliases)")
                    .param("aliases", unknown.stream().map(JdbcTaxonomy::id).toArray(String[]::new))
                    .query(rs -> {
                        String alias = rs.getString(1);
                        String target = rs.getString(2);
                        unknown.stream().filter(u -> id(u).equals(alias)).forEach(u -> resolved.put(u, target));
                    });
        }
        return resolved;
    }

    @Override
    public Optional<SkillDetails> skill(String idOrUri, String language) {
        String id = resolveSkills(List.of(idOrUri)).get(idOrUri);
        if (id == null) {
            return Optional.empty();
        }
        IndexedConcept concept = index.concept(id).orElseThrow();
        var row = jdbc.sql(
                        "select skill_type, reuse_level, description, description_lang from taxonomy.skill where id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .single();
        List<SkillRef> broader =
                skillRefs("select broader_id from taxonomy.skill_broader where skill_id = ?", id, language);
        List<SkillRef> narrower =
                skillRefs("select skill_id from taxonomy.skill_broader where broader_id = ?", id, language);
        List<SkillDetails.Related> related = new ArrayList<>();
        jdbc.sql("""
                select related_id, relation_type from taxonomy.skill_relation where skill_id = :id
                union select skill_id, relation_type from taxonomy.skill_relation where related_id = :id
                """).param("id", id).query(rs -> {
            String type = rs.getString(2);
            index.concept(rs.getString(1))
                    .ifPresent(c -> related.add(new SkillDetails.Related(skillRef(c, language), type)));
        });
        List<SkillDetails.Use> uses = new ArrayList<>();
        jdbc.sql(
                        "select occupation_id, relation_type from taxonomy.occupation_skill where skill_id = ? order by relation_type")
                .param(id)
                .query(rs -> {
                    String type = rs.getString(2);
                    index.concept(rs.getString(1))
                            .ifPresent(c -> uses.add(new SkillDetails.Use(occupationRef(c, language), type)));
                });
        uses.sort(java.util.Comparator.comparing((SkillDetails.Use u) -> u.relationType())
                .thenComparing(u -> u.occupation().label()));
        List<String> collections = jdbc.sql(
                        "select collection from taxonomy.skill_collection where skill_id = ? order by collection")
                .param(id)
                .query(String.class)
                .list();
        return Optional.of(new SkillDetails(
                skill(concept, language),
                row[0],
                row[1],
                row[2],
                row[3],
                broader,
                narrower,
                related,
                uses,
                collections));
    }

    @Override
    public Optional<String> iscoCodeOf(String occupationIdOrUri) {
        return index.concept(id(occupationIdOrUri))
                .filter(c -> c.kind() == Kind.OCCUPATION)
                .map(IndexedConcept::iscoGroup);
    }

    @Override
    public java.util.Set<String> collectionsOf(Collection<String> skillIds) {
        return new java.util.TreeSet<>(
                jdbc.sql("select distinct collection from taxonomy.skill_collection where skill_id = any(?)")
                        .param(skillIds.toArray(String[]::new))
                        .query(String.class)
                        .list());
    }

    @Override
    public Optional<OccupationDetails> occupation(String idOrUri, String language) {
        String id = id(idOrUri);
        Optional<IndexedConcept> concept = index.concept(id).filter(c -> c.kind() == Kind.OCCUPATION);
        if (concept.isEmpty()) {
            return Optional.empty();
        }
        var descriptions = jdbc.sql("select description_en, description_nl from taxonomy.occupation where id = ?")
                .param(id)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        boolean dutch = "nl".equals(language) && descriptions[1] != null;
        List<OccupationDetails.IscoGroup> isco = iscoPath(concept.get().iscoGroup(), language);
        List<OccupationRef> broader = occupationRefs(
                "select broader_occupation from taxonomy.occupation_broader where occupation_id = ? and broader_occupation is not null",
                id,
                language);
        List<OccupationRef> narrower = occupationRefs(
                "select occupation_id from taxonomy.occupation_broader where broader_occupation = ?", id, language);
        List<SkillRef> essential = skillRefs(
                "select skill_id from taxonomy.occupation_skill where occupation_id = ? and relation_type = 'essential'",
                id,
                language);
        List<SkillRef> optional = skillRefs(
                "select skill_id from taxonomy.occupation_skill where occupation_id = ? and relation_type = 'optional'",
                id,
                language);
        return Optional.of(new OccupationDetails(
                occupation(concept.get(), language),
                dutch ? descriptions[1] : descriptions[0],
                dutch ? "nl" : "en",
                isco,
                broader,
                narrower,
                essential,
                optional));
    }

    @Override
    public TaxonomyInfo info() {
        return release.info();
    }

    @Override
    public nl.werkpad.taxonomy.LanguageCoverage languageCoverage(String language) {
        return release.languageCoverage(language);
    }

    @Override
    public List<OccupationFit> occupationsNeeding(Collection<String> skillIds, String language, int limit) {
        String[] ids = resolveSkills(skillIds).values().stream().distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                select os.occupation_id,
                       array_agg(os.skill_id) filter (where os.relation_type = 'essential') as essential,
                       array_agg(os.skill_id) filter (where os.relation_type = 'optional') as optional,
                       (select count(*) from taxonomy.occupation_skill e
                         where e.occupation_id = os.occupation_id and e.relation_type = 'essential') as essential_total
                  from taxonomy.occupation_skill os
                 where os.skill_id = any(:ids)
                 group by os.occupation_id
                 order by sum(case when os.relation_type = 'essential' then 2 else 1 end) desc, 4 asc
                 limit :limit
                """)
                .param("ids", ids)
                .param("limit", limit)
                .query((rs, n) -> new OccupationFit(
                        index.concept(rs.getString(1))
                                .map(c -> occupationRef(c, language))
                                .orElseThrow(),
                        strings(rs.getArray("essential")),
                        strings(rs.getArray("optional")),
                        rs.getInt("essential_total")))
                .list();
    }

    @Override
    public List<OccupationProfile> occupationProfiles() {
        return jdbc.sql("""
                select o.id, o.isco_group,
                       coalesce(array_agg(os.skill_id order by os.skill_id) filter (where os.relation_type = 'essential'), '{}') as essential,
                       coalesce(array_agg(os.skill_id order by os.skill_id) filter (where os.relation_type = 'optional'), '{}') as optional
                  from taxonomy.occupation o left join taxonomy.occupation_skill os on os.occupation_id = o.id
                 group by o.id order by o.id
                """)
                .query((rs, n) -> new OccupationProfile(
                        rs.getString(1),
                        rs.getString(2),
                        strings(rs.getArray("essential")),
                        strings(rs.getArray("optional"))))
                .list();
    }

    @Override
    public List<IscoLabel> iscoGroups(String language) {
        return jdbc.sql("select code, label_en, label_nl from taxonomy.isco_group order by code")
                .query((rs, n) -> new IscoLabel(
                        rs.getString(1),
                        "nl".equals(language) && rs.getString(3) != null ? rs.getString(3) : rs.getString(2)))
                .list();
    }

    @Override
    public List<SkillLink> skillLinks() {
        return jdbc.sql("""
                select skill_id, broader_id, 'broader' from taxonomy.skill_broader
                union all
                select skill_id, related_id, relation_type from taxonomy.skill_relation
                """)
                .query((rs, n) -> new SkillLink(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    private static List<String> strings(java.sql.Array array) throws java.sql.SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private List<OccupationDetails.IscoGroup> iscoPath(String code, String language) {
        if (code == null) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (int length = 1; length <= code.length(); length++) {
            codes.add(code.substring(0, length));
        }
        return jdbc.sql(
                        "select code, label_en, label_nl from taxonomy.isco_group where code = any(:codes) order by length(code)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> {
                    boolean dutch = "nl".equals(language) && rs.getString("label_nl") != null;
                    return new OccupationDetails.IscoGroup(
                            rs.getString("code"),
                            dutch ? rs.getString("label_nl") : rs.getString("label_en"),
                            dutch ? "nl" : "en");
                })
                .list();
    }

    private List<SkillRef> skillRefs(String sql, String id, String language) {
        return jdbc.sql(sql).param(id).query(String.class).list().stream()
                .flatMap(skill -> index.concept(skill).stream())
                .map(c -> skillRef(c, language))
                .sorted(java.util.Comparator.comparing(SkillRef::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private List<OccupationRef> occupationRefs(String sql, String id, String language) {
        return jdbc.sql(sql).param(id).query(String.class).list().stream()
                .flatMap(o -> index.concept(o).stream())
                .map(c -> occupationRef(c, language))
                .sorted(java.util.Comparator.comparing(OccupationRef::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String id(String idOrUri) {
        String trimmed = idOrUri == null ? "" : idOrUri.strip();
        return trimmed.startsWith(ESCO) ? EscoPackageReader.idOf(trimmed) : trimmed;
    }

    private Skill skill(IndexedConcept c, String language) {
        var label = c.label(language);
        String type =
                c.types().contains("knowledge") ? "knowledge" : c.types().contains("skill") ? "skill/competence" : null;
        return new Skill(
                c.id(),
                c.uri(),
                label.text(),
                label.language(),
                c.alternativeLabels(language),
                type,
                List.copyOf(c.types()),
                c.uri() == null,
                groupLabel(c, language));
    }

    private SkillRef skillRef(IndexedConcept c, String language) {
        var label = c.label(language);
        return new SkillRef(c.id(), c.uri(), label.text(), label.language(), groupLabel(c, language));
    }

    /** The name of the skill's group in the asked language, when ESCO has it in that language. */
    private String groupLabel(IndexedConcept c, String language) {
        if (c.group() == null || language == null) {
            return null;
        }
        return index.concept(c.group()).map(g -> g.preferred().get(language)).orElse(null);
    }

    private static Occupation occupation(IndexedConcept c, String language) {
        var label = c.label(language);
        return new Occupation(
                c.id(), c.uri(), label.text(), label.language(), c.alternativeLabels(language), c.iscoGroup());
    }

    private static OccupationRef occupationRef(IndexedConcept c, String language) {
        var label = c.label(language);
        return new OccupationRef(c.id(), c.uri(), label.text(), label.language());
    }
}
