package nl.werkpad.taxonomy.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.werkpad.shared.csv.CsvError;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.taxonomy.importer.EscoPackage.Edge;
import nl.werkpad.taxonomy.importer.EscoPackage.Labels;

/**
 * What each row of an ESCO package means: the concepts, labels and relations it adds to the {@link EscoPackage},
 * each row checked (an ESCO URI, a known relation type, a known ISCO group), a bad row noted with its file and line.
 * Which files are read in which order is {@link EscoPackageReader}'s.
 */
final class EscoRows {

    private static final String ESCO = "http://data.europa.eu/esco/";
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\r?\\n| \\| ");

    private final EscoPackage pack;
    private final List<CsvError> errors;
    private final Map<String, String> skillByEnglishLabel = new HashMap<>();
    private final Set<String> knownIscoCodes;

    EscoRows(EscoPackage pack, List<CsvError> errors, Set<String> knownIscoCodes) {
        this.pack = pack;
        this.errors = errors;
        this.knownIscoCodes = knownIscoCodes;
    }

    void legacyLabels(CsvRows.Row row, String lang) {
        if (!validUri(row, "conceptUri")) {
            return;
        }
        EscoPackage.Skill skill = pack.skills.get(EscoPackageReader.idOf(row.get("conceptUri")));
        if (skill != null
                && !skill.labels.containsKey(lang)
                && !row.get("preferredLabel").isEmpty()) {
            skill.labels.put(lang, labels(row));
            if (!row.get("description").isEmpty() && "en".equals(skill.descriptionLang)) {
                skill.description = row.get("description");
                skill.descriptionLang = lang;
                skill.descriptionVersion = row.get("version");
            }
        }
    }

    boolean validUri(CsvRows.Row row, String column) {
        String uri = row.get(column);
        if (!uri.startsWith(ESCO) || uri.length() <= ESCO.length()) {
            errors.add(row.error(column + " is not an ESCO URI: '" + uri + "'"));
            return false;
        }
        return true;
    }

    private static Labels labels(CsvRows.Row row) {
        String version = row.get("version");
        return new Labels(
                row.get("preferredLabel"),
                split(row.get("altLabels")),
                split(row.get("hiddenLabels")),
                version.isEmpty() ? null : version);
    }

    private static List<String> split(String list) {
        return list.isBlank()
                ? List.of()
                : LIST_SEPARATOR
                        .splitAsStream(list)
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
    }

    void iscoGroup(CsvRows.Row row, String lang) {
        String code = row.get("code");
        if (!code.matches("\\d{1,4}")) {
            errors.add(row.error("ISCO code must be 1 to 4 digits: '" + code + "'"));
            return;
        }
        EscoPackage.IscoGroup group = pack.iscoGroups.computeIfAbsent(
                code,
                c -> new EscoPackage.IscoGroup(c, row.get("conceptUri"), new HashMap<>(), row.get("description")));
        group.labels().put(lang, row.get("preferredLabel"));
    }

    void skill(CsvRows.Row row, String lang, String conceptType) {
        if (!validUri(row, "conceptUri")) {
            return;
        }
        if (row.get("preferredLabel").isEmpty()) {
            errors.add(row.error("preferredLabel is empty"));
            return;
        }
        String uri = row.get("conceptUri");
        EscoPackage.Skill skill = pack.skills.computeIfAbsent(
                EscoPackageReader.idOf(uri), id -> new EscoPackage.Skill(id, uri, conceptType));
        skill.labels.putIfAbsent(lang, labels(row));
        String type = row.get("skillType");
        if (!type.isEmpty() && skill.skillType == null) {
            skill.skillType = type.equals("skill") ? "skill/competence" : type;
        }
        if (!row.get("reuseLevel").isEmpty() && skill.reuseLevel == null) {
            skill.reuseLevel = row.get("reuseLevel");
        }
        if (!row.get("code").isEmpty()) {
            skill.code = row.get("code");
        }
        if (!row.get("description").isEmpty()
                && (skill.description == null || "en".equals(skill.descriptionLang) && !lang.equals("en"))) {
            skill.description = row.get("description");
            skill.descriptionLang = lang;
            skill.descriptionVersion = row.get("version").isEmpty() ? null : row.get("version");
        }
        if (lang.equals("en")) {
            skillByEnglishLabel.putIfAbsent(row.get("preferredLabel").toLowerCase(Locale.ROOT), skill.id);
        }
    }

    void occupation(CsvRows.Row row, String lang) {
        if (!validUri(row, "conceptUri")) {
            return;
        }
        String isco = row.get("iscoGroup");
        if (!isco.isEmpty() && !pack.iscoGroups.containsKey(isco) && !knownIscoCodes.contains(isco)) {
            errors.add(row.error("iscoGroup " + isco + " is not a known ISCO-08 group"));
            return;
        }
        String uri = row.get("conceptUri");
        EscoPackage.Occupation occupation = pack.occupations.computeIfAbsent(
                EscoPackageReader.idOf(uri), id -> new EscoPackage.Occupation(id, uri));
        occupation.iscoGroup = isco.isEmpty() ? occupation.iscoGroup : isco;
        occupation.code = row.get("code").isEmpty() ? occupation.code : row.get("code");
        occupation.labels.putIfAbsent(lang, labels(row));
        if (!row.get("description").isEmpty()) {
            occupation.descriptions.putIfAbsent(lang, row.get("description"));
        }
    }

    void skillBroader(CsvRows.Row row) {
        if (!validUri(row, "conceptUri") || !validUri(row, "broaderUri")) {
            return;
        }
        String from = EscoPackageReader.idOf(row.get("conceptUri"));
        String to = EscoPackageReader.idOf(row.get("broaderUri"));
        if (pack.skills.containsKey(from) && pack.skills.containsKey(to)) {
            pack.skillBroader.add(new Edge(from, to));
        } else {
            pack.skippedEdges++;
        }
    }

    void occupationBroader(CsvRows.Row row) {
        if (!row.get("conceptType").equals("Occupation")
                || !validUri(row, "conceptUri")
                || !validUri(row, "broaderUri")) {
            return;
        }
        String from = EscoPackageReader.idOf(row.get("conceptUri"));
        // the official releases themselves name a few occupations in their relations that their occupations
        // file lacks (v1.1.1: a9e54177-…): such edges are skipped and counted, not a reason to refuse the release
        if (!pack.occupations.containsKey(from)) {
            pack.skippedEdges++;
        } else if (row.get("broaderType").equals("Occupation")) {
            String to = EscoPackageReader.idOf(row.get("broaderUri"));
            if (pack.occupations.containsKey(to)) {
                pack.occupationBroader.add(new Edge(from, to));
            } else {
                pack.skippedEdges++;
            }
        } else {
            String code = row.get("broaderUri").replaceAll(".*/C", "");
            if (pack.iscoGroups.containsKey(code)) {
                pack.occupationIsco.add(new Edge(from, code));
            } else {
                pack.skippedEdges++;
            }
        }
    }

    void skillRelation(CsvRows.Row row) {
        if (!validUri(row, "originalSkillUri") || !validUri(row, "relatedSkillUri") || !relationType(row)) {
            return;
        }
        String from = EscoPackageReader.idOf(row.get("originalSkillUri"));
        String to = EscoPackageReader.idOf(row.get("relatedSkillUri"));
        if (pack.skills.containsKey(from) && pack.skills.containsKey(to)) {
            pack.skillRelations.put(new Edge(from, to), row.get("relationType"));
        } else {
            pack.skippedEdges++;
        }
    }

    private boolean relationType(CsvRows.Row row) {
        String type = row.get("relationType");
        if (!type.equals("essential") && !type.equals("optional")) {
            errors.add(row.error("relationType must be essential or optional, not '" + type + "'"));
            return false;
        }
        return true;
    }

    void occupationSkill(CsvRows.Row row) {
        if (!validUri(row, "occupationUri") || !validUri(row, "skillUri") || !relationType(row)) {
            return;
        }
        String occupation = EscoPackageReader.idOf(row.get("occupationUri"));
        String skill = EscoPackageReader.idOf(row.get("skillUri"));
        if (!pack.occupations.containsKey(occupation) || !pack.skills.containsKey(skill)) {
            pack.skippedEdges++; // as above: a relation to a concept the release does not describe
        } else {
            relate(occupation, skill, row.get("relationType"));
        }
    }

    void occupationSkillByLabel(CsvRows.Row row) {
        if (!validUri(row, "occupationUri") || !relationType(row)) {
            return;
        }
        String occupation = EscoPackageReader.idOf(row.get("occupationUri"));
        String label = row.get("skillLabel");
        if (!pack.occupations.containsKey(occupation)) {
            errors.add(row.error("unknown occupation " + row.get("occupationUri")));
            return;
        }
        if (label.isEmpty()) {
            errors.add(row.error("skillLabel is empty"));
            return;
        }
        String skill = skillByEnglishLabel.computeIfAbsent(label.toLowerCase(Locale.ROOT), key -> {
            EscoPackage.Skill local =
                    new EscoPackage.Skill(EscoPackageReader.localSkillId(label), null, "KnowledgeSkillCompetence");
            local.labels.put("en", new Labels(label, List.of(), List.of(), null));
            pack.skills.put(local.id, local);
            return local.id;
        });
        relate(occupation, skill, row.get("relationType"));
    }

    void relate(String occupation, String skill, String type) {
        pack.occupationSkills.merge(
                new Edge(occupation, skill),
                type,
                (a, b) -> a.equals("essential") || b.equals("essential") ? "essential" : "optional");
    }
}
