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
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.werkpad.shared.csv.CsvError;
import nl.werkpad.shared.csv.CsvProblems;
import nl.werkpad.shared.csv.CsvRows;
import nl.werkpad.taxonomy.importer.EscoPackage.Edge;

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

    private final PackageSource source;
    private final EscoPackage pack = new EscoPackage();
    private final List<CsvError> errors = new ArrayList<>();
    /** base name (e.g. "skills") → language → file */
    private final Map<String, Map<String, String>> files = new HashMap<>();

    /** What each row means: the concepts, labels and relations it adds to the package. */
    private final EscoRows rows;

    private EscoPackageReader(PackageSource source, Set<String> knownIscoCodes) {
        this.source = source;
        this.rows = new EscoRows(pack, errors, knownIscoCodes);
    }

    /**
     * @param knownIscoCodes ISCO-08 codes already in the database: occupations may refer to them
     *                       when the package itself has no ISCO groups file
     */
    public static EscoPackage read(PackageSource source, String version, Set<String> knownIscoCodes) {
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
        each("ISCOGroups", List.of("conceptUri", "code", "preferredLabel"), rows::iscoGroup);
        each(
                "skillGroups",
                List.of("conceptUri", "preferredLabel"),
                (row, lang) -> rows.skill(row, lang, "SkillGroup"));
        each(
                "skills",
                List.of("conceptUri", "preferredLabel"),
                (row, lang) -> rows.skill(row, lang, "KnowledgeSkillCompetence"));
        // bundled extra: skills the bundle knows by label only, with the URI and labels of an older release
        each(
                "skillsUriByLabel",
                List.of("conceptUri", "preferredLabel", "version"),
                (row, lang) -> rows.skill(row, lang, "KnowledgeSkillCompetence"));
        for (String base : files.keySet().stream()
                .filter(b -> b.endsWith("SkillsCollection"))
                .sorted()
                .toList()) {
            String collection = base.substring(0, base.length() - "SkillsCollection".length())
                    .toLowerCase(Locale.ROOT);
            each(base, List.of("conceptUri", "preferredLabel"), (row, lang) -> {
                rows.skill(row, lang, "KnowledgeSkillCompetence");
                if (rows.validUri(row, "conceptUri")) {
                    pack.collections.add(new Edge(idOf(row.get("conceptUri")), collection));
                }
            });
        }
        each("occupations", List.of("conceptUri", "iscoGroup", "preferredLabel"), rows::occupation);
        // bundled extra: Dutch labels of an older release, for skills this package describes
        each("legacySkillLabels", List.of("conceptUri", "preferredLabel", "version"), rows::legacyLabels);
        once("broaderRelationsSkillPillar", List.of("conceptUri", "broaderUri"), rows::skillBroader);
        once(
                "broaderRelationsOccPillar",
                List.of("conceptType", "conceptUri", "broaderType", "broaderUri"),
                rows::occupationBroader);
        once(
                "skillSkillRelations",
                List.of("originalSkillUri", "relationType", "relatedSkillUri"),
                rows::skillRelation);
        once("occupationSkillRelations", List.of("occupationUri", "relationType", "skillUri"), rows::occupationSkill);
        once(
                "occupationSkillLabels",
                List.of("occupationUri", "relationType", "skillLabel"),
                rows::occupationSkillByLabel);
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

    private void each(String base, List<String> columns, BiConsumer<CsvRows.Row, String> handler) {
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
}
