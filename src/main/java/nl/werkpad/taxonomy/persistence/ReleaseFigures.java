package nl.werkpad.taxonomy.persistence;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.werkpad.taxonomy.LanguageCoverage;
import nl.werkpad.taxonomy.TaxonomyInfo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the taxonomy holds, as an administrator checks it after an import: which ESCO version (per part), how many
 * concepts and relations, and how much of them has a label in a language and from which source.
 */
@Component
class ReleaseFigures {

    private final JdbcClient jdbc;

    ReleaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    TaxonomyInfo info() {
        return jdbc.sql("""
                select (select version from taxonomy.esco_import where parts is null or parts && array['SKILLS', 'OCCUPATIONS']
                         order by id desc limit 1) as version,
                       (select imported_at from taxonomy.esco_import order by id desc limit 1) as imported_at,
                       (select array_agg(distinct lang order by lang) from taxonomy.skill_label) as skill_languages,
                       (select array_agg(distinct lang order by lang) from taxonomy.occupation_label) as occupation_languages,
                       (select count(*) from taxonomy.skill where concept_type = 'KnowledgeSkillCompetence') as skills,
                       (select count(*) from taxonomy.skill where uri is null) as local_skills,
                       (select count(*) from taxonomy.skill where concept_type = 'SkillGroup') as skill_groups,
                       (select count(*) from taxonomy.occupation) as occupations,
                       (select count(*) from taxonomy.occupation_skill) as relations,
                       (select count(*) from taxonomy.skill_relation) as skill_relations,
                       (select count(*) from taxonomy.isco_group) as isco_groups
                """)
                .query((rs, n) -> {
                    TreeSet<String> languages = new TreeSet<>();
                    for (String column : List.of("skill_languages", "occupation_languages")) {
                        var array = rs.getArray(column);
                        if (array != null) {
                            languages.addAll(Arrays.asList((String[]) array.getArray()));
                        }
                    }
                    Timestamp at = rs.getTimestamp("imported_at");
                    return new TaxonomyInfo(
                            rs.getString("version"),
                            List.copyOf(languages),
                            at == null ? null : at.toInstant(),
                            rs.getLong("skills"),
                            rs.getLong("local_skills"),
                            rs.getLong("skill_groups"),
                            rs.getLong("occupations"),
                            rs.getLong("relations"),
                            rs.getLong("skill_relations"),
                            rs.getLong("isco_groups"),
                            parts());
                })
                .single();
    }

    /** Each part's version: that of the newest import that brought it (imports before parts were recorded brought all). */
    private Map<String, String> parts() {
        Map<String, String> parts = new TreeMap<>();
        jdbc.sql("""
                select distinct on (part) part, version
                  from (select id, version, unnest(coalesce(parts, array['SKILLS', 'OCCUPATIONS', 'ISCO_GROUPS', 'SKILL_HIERARCHY',
                               'SKILL_RELATIONS', 'OCCUPATION_HIERARCHY', 'OCCUPATION_SKILLS', 'COLLECTIONS'])) as part
                          from taxonomy.esco_import) p
                 order by part, id desc
                """).query(rs -> {
            parts.put(rs.getString(1), rs.getString(2));
        });
        return parts;
    }

    LanguageCoverage languageCoverage(String language) {
        Map<String, Long> bySource = new TreeMap<>();
        jdbc.sql("""
                select coalesce(l.version, 'unknown'), count(*) from taxonomy.skill_label l
                  join taxonomy.skill s on s.id = l.skill_id and s.concept_type = 'KnowledgeSkillCompetence'
                 where l.lang = :lang and l.kind = 'preferred' group by 1
                """).param("lang", language).query(rs -> {
            bySource.put(rs.getString(1), rs.getLong(2));
        });
        return jdbc.sql("""
                select (select count(*) from taxonomy.skill where concept_type = 'KnowledgeSkillCompetence'),
                       (select count(*) from taxonomy.skill s where concept_type = 'KnowledgeSkillCompetence' and exists
                          (select 1 from taxonomy.skill_label l where l.skill_id = s.id and l.lang = :lang and l.kind = 'preferred')),
                       (select count(*) from taxonomy.skill where concept_type = 'SkillGroup'),
                       (select count(*) from taxonomy.skill s where concept_type = 'SkillGroup' and exists
                          (select 1 from taxonomy.skill_label l where l.skill_id = s.id and l.lang = :lang and l.kind = 'preferred')),
                       (select count(*) from taxonomy.occupation),
                       (select count(distinct occupation_id) from taxonomy.occupation_label where lang = :lang and kind = 'preferred'),
                       (select count(*) from taxonomy.isco_group),
                       (select count(*) from taxonomy.isco_group where case when :lang = 'nl' then label_nl else label_en end is not null)
                """)
                .param("lang", language)
                .query((rs, n) -> new LanguageCoverage(
                        language,
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(1) - rs.getLong(2),
                        bySource,
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .single();
    }
}
