package nl.werkpad.taxonomy.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small ESCO package in the official CSV layout, in English and Dutch: one new occupation, the
 * official URI of a skill the bundled data knows only by label, and one brand-new skill.
 */
final class EscoPackageFixture {

    static final String OCCUPATION = "11111111-2222-4333-8444-555555555555";
    static final String TIG_URI_ID = "aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee";
    static final String TIG_LABEL = "manufacture of small metal parts";
    static final String NEW_SKILL = "99999999-8888-4777-8666-555555555555";
    private static final String ESCO = "http://data.europa.eu/esco/";

    static Map<String, String> files() {
        return Map.of(
                "ISCOGroups_en.csv", """
                        conceptType,conceptUri,code,preferredLabel,status,altLabels,inScheme,description
                        ISCOGroup,%sisco/C7,7,Craft and related trades workers,released,,,
                        ISCOGroup,%sisco/C72,72,"Metal, machinery and related trades workers",released,,,
                        ISCOGroup,%sisco/C721,721,"Sheet and structural metal workers",released,,,
                        ISCOGroup,%sisco/C7212,7212,Welders and flamecutters,released,,,
                        """.formatted(ESCO, ESCO, ESCO, ESCO),
                "occupations_en.csv", """
                        conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
                        Occupation,%soccupation/%s,7212,underwater welder,"subsea welder
                        hyperbaric welder",,released,,,,,,Welds metal under water.,7212.9
                        """.formatted(ESCO, OCCUPATION),
                "occupations_nl.csv", """
                        conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,regulatedProfessionNote,scopeNote,definition,inScheme,description,code
                        Occupation,%soccupation/%s,7212,onderwaterlasser,,,released,,,,,,Last metaal onder water.,7212.9
                        """.formatted(ESCO, OCCUPATION),
                "skills_en.csv", """
                        conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
                        KnowledgeSkillCompetence,%sskill/%s,skill/competence,sector-specific,%s,small metal parts,,released,,,,,Make small metal parts.
                        KnowledgeSkillCompetence,%sskill/%s,skill/competence,occupation-specific,dive with welding gear,,,released,,,,,Dive while welding.
                        """.formatted(ESCO, TIG_URI_ID, TIG_LABEL, ESCO, NEW_SKILL),
                "skills_nl.csv", """
                        conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description
                        KnowledgeSkillCompetence,%sskill/%s,skill/competence,sector-specific,kleine metalen onderdelen vervaardigen,,,released,,,,,Kleine metalen onderdelen maken.
                        """.formatted(ESCO, TIG_URI_ID),
                "occupationSkillRelations_en.csv",
                        """
                        occupationUri,relationType,skillType,skillUri
                        %soccupation/%s,essential,skill/competence,%sskill/%s
                        %soccupation/%s,optional,skill/competence,%sskill/%s
                        """.formatted(ESCO, OCCUPATION, ESCO, TIG_URI_ID, ESCO, OCCUPATION, ESCO, NEW_SKILL));
    }

    static Path folder(Map<String, String> files) throws IOException {
        Path dir = Files.createTempDirectory("esco-package-");
        for (var file : files.entrySet()) {
            Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** As downloaded: the CSV files inside a folder inside the zip. */
    static Path zip(Map<String, String> files) throws IOException {
        Path zip = Files.createTempFile("ESCO dataset - v1.2.1 - classification - en nl - csv", ".zip");
        try (OutputStream out = Files.newOutputStream(zip);
                ZipOutputStream entries = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                entries.putNextEntry(new ZipEntry("ESCO dataset/" + file.getKey()));
                entries.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                entries.closeEntry();
            }
        }
        return zip;
    }

    private EscoPackageFixture() {}
}
