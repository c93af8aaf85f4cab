package nl.werkpad.taxonomy.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.shared.csv.CsvError;
import nl.werkpad.shared.csv.CsvProblems;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.taxonomy.importer.EscoPackage.Edge;
import nl.werkpad.taxonomy.importer.EscoPackage.Labels;

/**
 * Reads an ESCO CSV package (official layout, any version, any set of languages) into an
 * {@link EscoPackage}, checking every row. Any bad row refuses the whole package with the file and
 * line of each problem. The bundled copy adds {@code occupationSkillLabels_en.csv}: relations whose
 * skill is given by its English label, for skills whose URI is not known here.
 */
public final class EscoPackageReader {

    private static final String ESCO = "http://data.europa.eu/esco/";
    private static final Pattern FILE = Pattern.compile("^([A-Za-z]+)(?:_([a-z]{2,3}))?(?:_partial)?\\.csv(?:\\.gz)?$");
    private static final Pattern UUID_PATTERN =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern VERSION = Pattern.compile("v(\\d+\\.\\d+(?:\\.\\d+)?)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\r?\\n| \\| ");

    private final PackageSource source;
    private final EscoPackage pack = new EscoPackage();
    private final List<CsvError> errors = new ArrayList<>();
    /** base name (e.g. "skills") → language → file */
    private final Map<String, Map<String, String>> files = new HashMap<>();

    private final Map<String, String> skillByEnglishLabel = new HashMap<>();
    private final java.util.Set<String> knownIscoCodes;

    private EscoPackageReader(PackageSource source, java.util.Set<String> knownIscoCodes) {
        this.source = source;
        this.knownIscoCodes = knownIscoCodes;
    }

    /**
     * @param knownIscoCodes ISCO-08 codes already in the database: occupations may refer to them
     *                       when the package itself has no ISCO groups file
     */
    public static EscoPackage read(PackageSource source, String version, java.util.Set<String> knownIscoCodes) {
        return new EscoPackageReader(source, knownIscoCodes).read(version);
    }

    /** The stable local id of a skill known only by its English preferred label. */
    public static String localSkillId(String englishLabel) {
        String key = "esco-skill-label:" + englishLabel.strip().toLowerCase(Locale.ROOT);
        return "local-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The id of an ESCO concept: the UUID at the end of its URI, or its last two path parts (isced-f-0613). */
    public static String idOf(String uri) {
        String[] parts = uri.substring(ESCO.length()).split("/");
        String last = parts[parts.length - 1];
        return UUID_PATTERN.matcher(last).matches()
                ? last
                : String.join("-", Arrays.copyOfRange(parts, Math.max(0, parts.length - 2), parts.length));
    }

    private EscoPackage read(String version) {
        for (String file : source.files()) {
            Matcher m = FILE.matcher(file);
            if (m.matches()) {
                // the language-neutral relations of an official release have no language in their name
                files.computeIfAbsent(m.group(1), k -> new HashMap<>()).put(m.group(2) == null ? "" : m.group(2), file);
            }
        }
        if (!files.containsKey("occupations") && files.containsKey("occupationSkillRelations")) {
            throw new CsvProblems(
                    List.of(
                            new CsvError(
                                    source.name(),
                                    0,
                                    "this is only the relations part of an ESCO release; import it together with its classification: "
                                            + "./werkpad import-esco CLASSIFICATION.zip RELATIONS.zip (or a folder holding both zips)")));
        }
        if (!files.containsKey("occupations")
                || !(files.containsKey("skills") || files.containsKey("occupationSkillLabels"))) {
            throw new CsvProblems(List.of(new CsvError(
                    source.name(),
                    0,
                    "not an ESCO CSV package: no occupations_<lang>.csv and skills_<lang>.csv found")));
        }
        pack.version = version != null ? version : detectVersion(source.name());
        parts();
        each("ISCOGroups", List.of("conceptUri", "code", "preferredLabel"), this::iscoGroup);
        each("skillGroups", List.of("conceptUri", "preferredLabel"), (row, lang) -> skill(row, lang, "SkillGroup"));
        each(
                "skills",
                List.of("conceptUri", "preferredLabel"),
                (row, lang) -> skill(row, lang, "KnowledgeSkillCompetence"));
        // bundled extra: skills the bundle knows by label only, with the URI and labels of an older release
        each(
                "skillsUriByLabel",
                List.of("conceptUri", "preferredLabel", "version"),
                (row, lang) -> skill(row, lang, "KnowledgeSkillCompetence"));
        for (String base : files.keySet().stream()
                .filter(b -> b.endsWith("SkillsCollection"))
                .sorted()
                .toList()) {
            String collection = base.substring(0, base.length() - "SkillsCollection".length())
                    .toLowerCase(Locale.ROOT);
            each(base, List.of("conceptUri", "preferredLabel"), (row, lang) -> {
                skill(row, lang, "KnowledgeSkillCompetence");
                if (validUri(row, "conceptUri")) {
                    pack.collections.add(new Edge(idOf(row.get("conceptUri")), collection));
                }
            });
        }
        each("occupations", List.of("conceptUri", "iscoGroup", "preferredLabel"), this::occupation);
        // bundled extra: Dutch labels of an older release, for skills this package describes
        each("legacySkillLabels", List.of("conceptUri", "preferredLabel", "version"), this::legacyLabels);
        once("broaderRelationsSkillPillar", List.of("conceptUri", "broaderUri"), this::skillBroader);
        once(
                "broaderRelationsOccPillar",
                List.of("conceptType", "conceptUri", "broaderType", "broaderUri"),
                this::occupationBroader);
        once(
                "skillSkillRelations",
                List.of("originalSkillUri", "relationType", "relatedSkillUri"),
                this::skillRelation);
        once("occupationSkillRelations", List.of("occupationUri", "relationType", "skillUri"), this::occupationSkill);
        once(
                "occupationSkillLabels",
                List.of("occupationUri", "relationType", "skillLabel"),
                this::occupationSkillByLabel);
        if (!errors.isEmpty()) {
            throw new CsvProblems(errors);
        }
        return pack;
    }

    /** The version in a package's name ("ESCO dataset - v1.1.1 - classification - en - csv.zip"), else "unknown". */
    public static String detectVersion(String name) {
        Matcher m = VERSION.matcher(name);
        return m.find() ? "v" + m.group(1) : "unknown";
    }

    private void parts() {
        Map<String, EscoPackage.Part> byFile = Map.of(
                "skills",
                EscoPackage.Part.SKILLS,
                "occupations",
                EscoPackage.Part.OCCUPATIONS,
                "ISCOGroups",
                EscoPackage.Part.ISCO_GROUPS,
                "broaderRelationsSkillPillar",
                EscoPackage.Part.SKILL_HIERARCHY,
                "skillSkillRelations",
                EscoPackage.Part.SKILL_RELATIONS,
                "broaderRelationsOccPillar",
                EscoPackage.Part.OCCUPATION_HIERARCHY,
                "occupationSkillRelations",
                EscoPackage.Part.OCCUPATION_SKILLS,
                "occupationSkillLabels",
                EscoPackage.Part.OCCUPATION_SKILLS);
        byFile.forEach((base, part) -> {
            if (files.containsKey(base)) {
                pack.parts.add(part);
            }
        });
        if (files.keySet().stream().anyMatch(b -> b.endsWith("SkillsCollection"))) {
            pack.parts.add(EscoPackage.Part.COLLECTIONS);
        }
    }

    private void legacyLabels(CsvRows.Row row, String lang) {
        if (!validUri(row, "conceptUri")) {
            return;
        }
        EscoPackage.Skill skill = pack.skills.get(idOf(row.get("conceptUri")));
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

    private void each(String base, List<String> columns, java.util.function.BiConsumer<CsvRows.Row, String> handler) {
        Map<String, String> byLanguage = files.getOrDefault(base, Map.of());
        // English first, so that other languages add labels to concepts English already described
        for (String lang : byLanguage.keySet().stream()
                .sorted((a, b) -> a.equals("en") ? -1 : b.equals("en") ? 1 : a.compareTo(b))
                .toList()) {
            if (base.equals("skills")
                    || base.equals("occupations")
                    || base.equals("skillGroups")
                    || base.equals("ISCOGroups")) {
                pack.languages.add(lang);
            }
            readFile(byLanguage.get(lang), columns, row -> handler.accept(row, lang));
        }
    }

    /** Relation files are the same in every language; read one (English when there). */
    private void once(String base, List<String> columns, Consumer<CsvRows.Row> handler) {
        Map<String, String> byLanguage = files.getOrDefault(base, Map.of());
        Optional.ofNullable(byLanguage.getOrDefault(
                        "en", byLanguage.values().stream().findFirst().orElse(null)))
                .ifPresent(file -> readFile(file, columns, handler));
    }

    private void readFile(String file, List<String> columns, Consumer<CsvRows.Row> handler) {
        try (Reader reader = source.reader(file)) {
            CsvRows.read(file, reader, columns, handler);
        } catch (CsvProblems e) {
            errors.addAll(e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean validUri(CsvRows.Row row, String column) {
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

    private void iscoGroup(CsvRows.Row row, String lang) {
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

    private void skill(CsvRows.Row row, String lang, String conceptType) {
        if (!validUri(row, "conceptUri")) {
            return;
        }
        if (row.get("preferredLabel").isEmpty()) {
            errors.add(row.error("preferredLabel is empty"));
            return;
        }
        String uri = row.get("conceptUri");
        EscoPackage.Skill skill =
                pack.skills.computeIfAbsent(idOf(uri), id -> new EscoPackage.Skill(id, uri, conceptType));
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

    private void occupation(CsvRows.Row row, String lang) {
        if (!validUri(row, "conceptUri")) {
            return;
        }
        String isco = row.get("iscoGroup");
        if (!isco.isEmpty() && !pack.iscoGroups.containsKey(isco) && !knownIscoCodes.contains(isco)) {
            errors.add(row.error("iscoGroup " + isco + " is not a known ISCO-08 group"));
            return;
        }
        String uri = row.get("conceptUri");
        EscoPackage.Occupation occupation =
                pack.occupations.computeIfAbsent(idOf(uri), id -> new EscoPackage.Occupation(id, uri));
        occupation.iscoGroup = isco.isEmpty() ? occupation.iscoGroup : isco;
        occupation.code = row.get("code").isEmpty() ? occupation.code : row.get("code");
        occupation.labels.putIfAbsent(lang, labels(row));
        if (!row.get("description").isEmpty()) {
            occupation.descriptions.putIfAbsent(lang, row.get("description"));
        }
    }

    private void skillBroader(CsvRows.Row row) {
        if (!validUri(row, "conceptUri") || !validUri(row, "broaderUri")) {
            return;
        }
        String from = idOf(row.get("conceptUri"));
        String to = idOf(row.get("broaderUri"));
        if (pack.skills.containsKey(from) && pack.skills.containsKey(to)) {
            pack.skillBroader.add(new Edge(from, to));
        } else {
            pack.skippedEdges++;
        }
    }

    private void occupationBroader(CsvRows.Row row) {
        if (!row.get("conceptType").equals("Occupation")
                || !validUri(row, "conceptUri")
                || !validUri(row, "broaderUri")) {
            return;
        }
        String from = idOf(row.get("conceptUri"));
        // the official releases themselves name a few occupations in their relations that their occupations
        // file lacks (v1.1.1: a9e54177-…): such edges are skipped and counted, not a reason to refuse the release
        if (!pack.occupations.containsKey(from)) {
            pack.skippedEdges++;
        } else if (row.get("broaderType").equals("Occupation")) {
            String to = idOf(row.get("broaderUri"));
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

    private void skillRelation(CsvRows.Row row) {
        if (!validUri(row, "originalSkillUri") || !validUri(row, "relatedSkillUri") || !relationType(row)) {
            return;
        }
        String from = idOf(row.get("originalSkillUri"));
        String to = idOf(row.get("relatedSkillUri"));
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

    private void occupationSkill(CsvRows.Row row) {
        if (!validUri(row, "occupationUri") || !validUri(row, "skillUri") || !relationType(row)) {
            return;
        }
        String occupation = idOf(row.get("occupationUri"));
        String skill = idOf(row.get("skillUri"));
        if (!pack.occupations.containsKey(occupation) || !pack.skills.containsKey(skill)) {
            pack.skippedEdges++; // as above: a relation to a concept the release does not describe
        } else {
            relate(occupation, skill, row.get("relationType"));
        }
    }

    private void occupationSkillByLabel(CsvRows.Row row) {
        if (!validUri(row, "occupationUri") || !relationType(row)) {
            return;
        }
        String occupation = idOf(row.get("occupationUri"));
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
            EscoPackage.Skill local = new EscoPackage.Skill(localSkillId(label), null, "KnowledgeSkillCompetence");
            local.labels.put("en", new Labels(label, List.of(), List.of(), null));
            pack.skills.put(local.id, local);
            return local.id;
        });
        relate(occupation, skill, row.get("relationType"));
    }

    private void relate(String occupation, String skill, String type) {
        pack.occupationSkills.merge(
                new Edge(occupation, skill),
                type,
                (a, b) -> a.equals("essential") || b.equals("essential") ? "essential" : "optional");
    }
}
