package nl.werkpad.taxonomy.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.werkpad.shared.db.PgCopy;
import nl.werkpad.taxonomy.importer.EscoPackage;
import nl.werkpad.taxonomy.importer.EscoPackage.Labels;
import nl.werkpad.taxonomy.importer.EscoStore;
import nl.werkpad.taxonomy.importer.ImportResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes an ESCO package: first reconciles skills known only by label to the URIs the package brings
 * (their old local ids stay valid as aliases), then upserts concepts and replaces, for the concepts in
 * the package, their labels in its languages and their relations. Bulk rows go in with COPY.
 */
@Repository
class JdbcEscoStore implements EscoStore {

    private record LabelRow(String id, String lang, String kind, String label, String version) {}

    private final JdbcClient jdbc;
    private final PgCopy copy;

    JdbcEscoStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.copy = new PgCopy(dataSource);
    }

    @Override
    public Optional<String> importedWithChecksum(String checksum) {
        return jdbc.sql("select version from taxonomy.esco_import where checksum = ? order by id desc limit 1")
                .param(checksum)
                .query(String.class)
                .optional();
    }

    @Override
    public Optional<String> currentVersion() {
        return jdbc.sql("""
                select version from taxonomy.esco_import
                 where parts is null or parts && array['SKILLS', 'OCCUPATIONS'] order by id desc limit 1
                """).query(String.class).optional();
    }

    @Override
    public Optional<String> latestSource() {
        return jdbc.sql("select source from taxonomy.esco_import order by id desc limit 1")
                .query(String.class)
                .optional();
    }

    @Override
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from taxonomy.occupation)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public java.util.Set<String> iscoCodes() {
        return new java.util.HashSet<>(jdbc.sql("select code from taxonomy.isco_group")
                .query(String.class)
                .list());
    }

    @Override
    public ImportResult write(EscoPackage pack, String source, String checksum) {
        Map<String, String> aliases = aliases();
        long reconciled = reconcile(pack, aliases);
        writeIscoGroups(pack);
        writeSkills(pack, aliases);
        writeOccupations(pack);
        writeRelations(pack, aliases);
        jdbc.sql("""
                insert into taxonomy.esco_import (version, languages, source, checksum, skills, occupations, relations, reconciled, parts)
                values (:version, :languages, :source, :checksum, :skills, :occupations, :relations, :reconciled, :parts)
                """)
                .param("version", pack.version)
                .param("parts", pack.parts.stream().map(Enum::name).toArray(String[]::new))
                .param("languages", pack.languages.toArray(String[]::new))
                .param("source", source)
                .param("checksum", checksum)
                .param("skills", pack.knowledgeSkillCompetences())
                .param("occupations", pack.occupations.size())
                .param("relations", pack.occupationSkills.size())
                .param("reconciled", reconciled)
                .update();
        // fresh statistics, or the planner treats the just-loaded tables as empty
        for (String table : List.of(
                "skill",
                "skill_label",
                "skill_broader",
                "skill_relation",
                "skill_collection",
                "occupation",
                "occupation_label",
                "occupation_broader",
                "occupation_skill",
                "isco_group")) {
            jdbc.sql("analyze taxonomy." + table).update();
        }
        return new ImportResult(
                pack.version,
                false,
                pack.knowledgeSkillCompetences(),
                pack.localSkills(),
                pack.occupations.size(),
                pack.occupationSkills.size(),
                reconciled,
                pack.skippedEdges,
                0);
    }

    private Map<String, String> aliases() {
        Map<String, String> aliases = new HashMap<>();
        jdbc.sql("select alias, skill_id from taxonomy.skill_alias").query(rs -> {
            aliases.put(rs.getString(1), rs.getString(2));
        });
        return aliases;
    }

    /** Local skills whose English label the package now gives an ESCO URI become that skill. */
    private long reconcile(EscoPackage pack, Map<String, String> aliases) {
        Map<String, String> localByLabel = new HashMap<>();
        jdbc.sql("""
                select s.id, lower(l.label) from taxonomy.skill s
                  join taxonomy.skill_label l on l.skill_id = s.id and l.lang = 'en' and l.kind = 'preferred'
                 where s.uri is null
                """).query(rs -> {
            localByLabel.put(rs.getString(2), rs.getString(1));
        });
        long reconciled = 0;
        for (EscoPackage.Skill skill : pack.skills.values()) {
            Labels english = skill.labels.get("en");
            String local = skill.local() || english == null
                    ? null
                    : localByLabel.get(english.preferred().toLowerCase(Locale.ROOT));
            if (local == null) {
                continue;
            }
            boolean exists = jdbc.sql("select exists (select 1 from taxonomy.skill where id = ?)")
                    .param(skill.id)
                    .query(Boolean.class)
                    .single();
            if (exists) {
                jdbc.sql("""
                        insert into taxonomy.occupation_skill (occupation_id, skill_id, relation_type)
                        select occupation_id, :target, relation_type from taxonomy.occupation_skill where skill_id = :local
                        on conflict do nothing
                        """).param("target", skill.id).param("local", local).update();
                jdbc.sql("delete from taxonomy.skill where id = ?").param(local).update();
            } else {
                jdbc.sql("update taxonomy.skill set id = :id, uri = :uri where id = :local")
                        .param("id", skill.id)
                        .param("uri", skill.uri)
                        .param("local", local)
                        .update();
            }
            jdbc.sql("update taxonomy.skill_alias set skill_id = :id where skill_id = :local")
                    .param("id", skill.id)
                    .param("local", local)
                    .update();
            jdbc.sql(
                            "insert into taxonomy.skill_alias (alias, skill_id) values (?, ?) on conflict (alias) do update set skill_id = excluded.skill_id")
                    .params(local, skill.id)
                    .update();
            aliases.put(local, skill.id);
            reconciled++;
        }
        return reconciled;
    }

    private void writeIscoGroups(EscoPackage pack) {
        for (EscoPackage.IscoGroup group : pack.iscoGroups.values()) {
            jdbc.sql("""
                    insert into taxonomy.isco_group (code, uri, parent_code, label_en, label_nl, description)
                    values (:code, :uri, :parent, :en, :nl, :description)
                    on conflict (code) do update set uri = excluded.uri, parent_code = excluded.parent_code,
                        label_en = coalesce(excluded.label_en, isco_group.label_en),
                        label_nl = coalesce(excluded.label_nl, isco_group.label_nl),
                        description = coalesce(excluded.description, isco_group.description)
                    """)
                    .param("code", group.code())
                    .param("uri", group.uri())
                    .param(
                            "parent",
                            group.code().length() > 1
                                    ? group.code().substring(0, group.code().length() - 1)
                                    : null)
                    .param("en", group.labels().get("en"))
                    .param("nl", group.labels().get("nl"))
                    .param("description", group.description().isEmpty() ? null : group.description())
                    .update();
        }
    }

    private void writeSkills(EscoPackage pack, Map<String, String> aliases) {
        jdbc.sql("create temp table tmp_skill (like taxonomy.skill) on commit drop")
                .update();
        List<EscoPackage.Skill> skills = pack.skills.values().stream()
                .filter(s -> !aliases.containsKey(s.id))
                .toList();
        copy.copy(
                "tmp_skill (id, uri, concept_type, skill_type, reuse_level, code, description, description_lang, description_version)",
                skills,
                s -> new Object[] {
                    s.id,
                    s.uri,
                    s.conceptType,
                    s.skillType,
                    s.reuseLevel,
                    s.code,
                    s.description,
                    s.descriptionLang,
                    s.descriptionVersion == null ? pack.version : s.descriptionVersion
                });
        jdbc.sql("""
                insert into taxonomy.skill select * from tmp_skill
                on conflict (id) do update set concept_type = excluded.concept_type,
                    skill_type = coalesce(excluded.skill_type, skill.skill_type),
                    reuse_level = coalesce(excluded.reuse_level, skill.reuse_level),
                    code = coalesce(excluded.code, skill.code),
                    description = coalesce(excluded.description, skill.description),
                    description_lang = coalesce(excluded.description_lang, skill.description_lang),
                    description_version = case when excluded.description is null then skill.description_version
                                               else excluded.description_version end
                """).update();
        jdbc.sql("delete from taxonomy.skill_label where lang = any(:langs) and skill_id in (select id from tmp_skill)")
                .param("langs", pack.languages.toArray(String[]::new))
                .update();
        List<LabelRow> labels = new ArrayList<>();
        skills.forEach(s -> s.labels.forEach((lang, l) -> addLabels(labels, s.id, lang, l, pack.version)));
        copy.copy("taxonomy.skill_label (skill_id, lang, kind, label, version)", labels, l ->
                new Object[] {l.id(), l.lang(), l.kind(), l.label(), l.version()});
    }

    private void writeOccupations(EscoPackage pack) {
        jdbc.sql("create temp table tmp_occupation (like taxonomy.occupation) on commit drop")
                .update();
        copy.copy(
                "tmp_occupation (id, uri, isco_group, code, description_en, description_nl)",
                pack.occupations.values(),
                o -> new Object[] {o.id, o.uri, o.iscoGroup, o.code, o.descriptions.get("en"), o.descriptions.get("nl")
                });
        jdbc.sql("""
                insert into taxonomy.occupation select * from tmp_occupation
                on conflict (id) do update set isco_group = coalesce(excluded.isco_group, occupation.isco_group),
                    code = coalesce(excluded.code, occupation.code),
                    description_en = coalesce(excluded.description_en, occupation.description_en),
                    description_nl = coalesce(excluded.description_nl, occupation.description_nl)
                """).update();
        jdbc.sql(
                        "delete from taxonomy.occupation_label where lang = any(:langs) and occupation_id in (select id from tmp_occupation)")
                .param("langs", pack.languages.toArray(String[]::new))
                .update();
        List<LabelRow> labels = new ArrayList<>();
        pack.occupations
                .values()
                .forEach(o -> o.labels.forEach((lang, l) -> addLabels(labels, o.id, lang, l, pack.version)));
        copy.copy("taxonomy.occupation_label (occupation_id, lang, kind, label)", labels, l ->
                new Object[] {l.id(), l.lang(), l.kind(), l.label()});
    }

    /** Replaces, for the package's concepts, only the relations the package brings: a missing part is kept as it is. */
    private void writeRelations(EscoPackage pack, Map<String, String> aliases) {
        java.util.function.UnaryOperator<String> skillId = id -> aliases.getOrDefault(id, id);
        if (pack.parts.contains(EscoPackage.Part.SKILL_HIERARCHY)) {
            jdbc.sql("delete from taxonomy.skill_broader where skill_id in (select id from tmp_skill)")
                    .update();
            copy.copy("taxonomy.skill_broader (skill_id, broader_id)", pack.skillBroader, e ->
                    new Object[] {skillId.apply(e.from()), skillId.apply(e.to())});
        }
        if (pack.parts.contains(EscoPackage.Part.SKILL_RELATIONS)) {
            jdbc.sql("delete from taxonomy.skill_relation where skill_id in (select id from tmp_skill)")
                    .update();
            copy.copy(
                    "taxonomy.skill_relation (skill_id, related_id, relation_type)",
                    pack.skillRelations.entrySet(),
                    e -> new Object[] {
                        skillId.apply(e.getKey().from()),
                        skillId.apply(e.getKey().to()),
                        e.getValue()
                    });
        }
        if (pack.parts.contains(EscoPackage.Part.COLLECTIONS)) {
            jdbc.sql("delete from taxonomy.skill_collection where skill_id in (select id from tmp_skill)")
                    .update();
            copy.copy("taxonomy.skill_collection (skill_id, collection)", pack.collections, e ->
                    new Object[] {skillId.apply(e.from()), e.to()});
        }
        if (pack.parts.contains(EscoPackage.Part.OCCUPATION_HIERARCHY)) {
            jdbc.sql("delete from taxonomy.occupation_broader where occupation_id in (select id from tmp_occupation)")
                    .update();
            copy.copy("taxonomy.occupation_broader (occupation_id, broader_occupation)", pack.occupationBroader, e ->
                    new Object[] {e.from(), e.to()});
            copy.copy("taxonomy.occupation_broader (occupation_id, broader_isco)", pack.occupationIsco, e ->
                    new Object[] {e.from(), e.to()});
        }
        if (pack.parts.contains(EscoPackage.Part.OCCUPATION_SKILLS)) {
            jdbc.sql("delete from taxonomy.occupation_skill where occupation_id in (select id from tmp_occupation)")
                    .update();
            copy.copy(
                    "taxonomy.occupation_skill (occupation_id, skill_id, relation_type)",
                    pack.occupationSkills.entrySet(),
                    e -> new Object[] {
                        e.getKey().from(), skillId.apply(e.getKey().to()), e.getValue()
                    });
        }
    }

    private static void addLabels(List<LabelRow> rows, String id, String lang, Labels labels, String packageVersion) {
        String version = labels.version() == null ? packageVersion : labels.version();
        rows.add(new LabelRow(id, lang, "preferred", labels.preferred(), version));
        labels.alternative().stream()
                .filter(a -> !a.equals(labels.preferred()))
                .distinct()
                .forEach(a -> rows.add(new LabelRow(id, lang, "alternative", a, version)));
        labels.hidden().stream()
                .filter(h ->
                        !h.equals(labels.preferred()) && !labels.alternative().contains(h))
                .distinct()
                .forEach(h -> rows.add(new LabelRow(id, lang, "hidden", h, version)));
    }
}
