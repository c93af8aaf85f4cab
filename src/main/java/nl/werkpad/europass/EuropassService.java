package nl.werkpad.europass;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.europass.domain.Cefr;
import nl.werkpad.europass.domain.EuropassPdf;
import nl.werkpad.europass.domain.EuropassWriter;
import nl.werkpad.europass.domain.EuropassXml;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.PassportProposal;
import nl.werkpad.passport.PassportProposals;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.StructuredCvReader;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Languages;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;

/**
 * Europass out (the passport as Europass XML) and in: a Europass CV (the XML, or a PDF carrying it) uploaded where a
 * CV is uploaded becomes a {@link PassportProposal} — positions as ESCO occupations (through the extraction's
 * occupations or the taxonomy's search) with their years and employer, languages as ESCO language skills with a level
 * from their CEFR levels, diplomas, and the skills the CV's texts state, through {@link SkillExtraction} — which the
 * person confirms in the same step as a pasted CV ({@link PassportProposals#confirm}).
 */
@Service
class EuropassService implements Europass, StructuredCvReader {

    /** How a position or a language was read, as the proposal page names the words it marks. */
    static final String FROM_EUROPASS = "europass";

    private final Passports passports;
    private final PassportProposals proposals;
    private final Taxonomy taxonomy;
    private final SkillExtraction extraction;
    private final Clock clock;

    EuropassService(
            Passports passports,
            PassportProposals proposals,
            Taxonomy taxonomy,
            SkillExtraction extraction,
            Clock clock) {
        this.passports = passports;
        this.proposals = proposals;
        this.taxonomy = taxonomy;
        this.extraction = extraction;
        this.clock = clock;
    }

    @Override
    public String export(UUID personId, nl.werkpad.access.SignedInUser viewer) {
        return EuropassWriter.write(
                passports.read(personId, viewer, "Europass-cv maken"), LocalDateTime.now(clock), Languages.current());
    }

    /** An XML file (a Europass CV or not: the reader says which), or a PDF that carries a Europass XML. */
    @Override
    public boolean reads(String fileName, byte[] bytes) {
        if (EuropassPdf.isPdf(bytes)) {
            try {
                EuropassPdf.attachedXml(bytes);
                return true;
            } catch (EuropassXml.Refused notEuropass) {
                return false; // an ordinary PDF CV: read as text
            }
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 256), StandardCharsets.UTF_8)
                .replace("\uFEFF", "")
                .stripLeading();
        return start.startsWith("<?xml") || start.startsWith("<SkillsPassport");
    }

    @Override
    public PassportProposal read(byte[] file) {
        EuropassCv cv;
        try {
            cv = EuropassXml.read(EuropassPdf.isPdf(file) ? EuropassPdf.attachedXml(file) : file);
        } catch (EuropassXml.Refused refused) {
            throw InvalidInput.of("file", refused.rule(), refused.getMessage(), null);
        }
        // the proposal page marks words in a text: the CV's positions, languages and texts, one per line
        StringBuilder text = new StringBuilder();
        List<String> unmatched = new ArrayList<>();
        List<PassportProposal.ProposedWork> work = new ArrayList<>();
        for (EuropassCv.Work w : cv.work()) {
            String position = w.position() == null ? "?" : w.position();
            int start = text.length();
            text.append(position);
            if (w.employer() != null) {
                text.append(", ").append(w.employer());
            }
            if (w.fromYear() != null) {
                text.append(", ")
                        .append(w.fromYear())
                        .append('–')
                        .append(w.current() || w.toYear() == null ? "" : w.toYear());
            }
            text.append('\n');
            if (w.activities() != null && !w.activities().isBlank()) {
                text.append(w.activities().strip()).append('\n');
            }
            OccupationRef occupation = w.position() == null ? null : occupation(w.position());
            if (occupation == null) {
                unmatched.add(position);
            } else {
                work.add(new PassportProposal.ProposedWork(
                        occupation,
                        w.fromYear(),
                        w.current() ? null : w.toYear(),
                        w.employer(),
                        1.0,
                        List.of(words(start, position))));
            }
        }
        Map<String, PassportProposal.ProposedSkill> languages = new LinkedHashMap<>();
        for (EuropassCv.Language l : cv.languages()) {
            String name = l.label() == null ? l.code() : l.label();
            int start = text.length();
            text.append(name);
            if (!l.levels().isEmpty()) {
                text.append(": ").append(String.join(" ", l.levels()));
            }
            text.append('\n');
            SkillRef skill = language(l);
            if (skill == null) {
                unmatched.add(name);
            } else {
                languages.put(
                        skill.id(),
                        new PassportProposal.ProposedSkill(
                                skill,
                                1.0,
                                false,
                                List.of(words(start, name)),
                                Cefr.passportLevel(l.levels(), l.motherTongue())));
            }
        }
        cv.skillTexts().forEach(t -> text.append(t.strip()).append('\n'));
        String read = text.length() > SkillExtraction.MAX_TEXT_CHARS
                ? text.substring(0, SkillExtraction.MAX_TEXT_CHARS)
                : text.toString();
        List<PassportProposal.ProposedSkill> skills = new ArrayList<>(languages.values());
        String language = Languages.current();
        if (!read.isBlank()) {
            // the same reading as a pasted CV: stated skills with their words, and those of the occupations named
            PassportProposal textual = proposals.of(
                    read, extraction.extract(new ExtractionRequest(read, null, PassportProposals.MAX_SKILLS)));
            language = textual.language();
            textual.skills().stream()
                    .filter(s -> !languages.containsKey(s.skill().id()))
                    .forEach(skills::add);
        }
        List<PassportInput.EducationEntry> education = cv.education().stream()
                .filter(e -> e.title() != null)
                .map(e -> new PassportInput.EducationEntry(
                        PassportInput.EducationKind.DIPLOMA,
                        e.title(),
                        e.organisation(),
                        e.toYear() != null ? e.toYear() : e.fromYear()))
                .toList();
        return new PassportProposal(read, language, work, skills, education, unmatched);
    }

    private static PassportProposal.Words words(int start, String text) {
        return new PassportProposal.Words(start, start + text.length(), text, FROM_EUROPASS);
    }

    private OccupationRef occupation(String position) {
        var found = extraction.extract(new ExtractionRequest(position, null, 3)).occupations();
        if (!found.isEmpty()) {
            return found.getFirst().occupation();
        }
        // the search forgives typos; a position is only taken when the occupation's names share a word with it
        return taxonomy.suggestOccupations(position, Languages.current(), 1).stream()
                .filter(o -> sharesAWord(position, o.label(), o.altLabels()))
                .findFirst()
                .map(o -> o.ref())
                .orElse(null);
    }

    static boolean sharesAWord(String text, String label, List<String> alternatives) {
        java.util.Set<String> words = words(text);
        java.util.List<String> names = new java.util.ArrayList<>(alternatives == null ? List.of() : alternatives);
        names.add(label);
        return names.stream().flatMap(n -> words(n).stream()).anyMatch(n -> words.stream()
                .anyMatch(w ->
                        w.equals(n) || (Math.min(w.length(), n.length()) >= 5 && (w.contains(n) || n.contains(w)))));
    }

    private static java.util.Set<String> words(String text) {
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                words.add(w);
            }
        }
        return words;
    }

    private static final Map<String, String> LANGUAGE_NAMES = Map.ofEntries(
            Map.entry("nl", "Nederlands"),
            Map.entry("en", "Engels"),
            Map.entry("de", "Duits"),
            Map.entry("fr", "Frans"),
            Map.entry("es", "Spaans"),
            Map.entry("it", "Italiaans"),
            Map.entry("pl", "Pools"),
            Map.entry("tr", "Turks"),
            Map.entry("ar", "Arabisch"),
            Map.entry("pt", "Portugees"),
            Map.entry("uk", "Oekraïens"),
            Map.entry("ru", "Russisch"));

    /** The ESCO language skill named as the language (e.g. "Engels"); ESCO keeps one per language in its language collection. */
    private SkillRef language(EuropassCv.Language l) {
        List<String> names = new ArrayList<>();
        if (l.code() != null && LANGUAGE_NAMES.containsKey(l.code().toLowerCase(Locale.ROOT))) {
            names.add(LANGUAGE_NAMES.get(l.code().toLowerCase(Locale.ROOT)));
        }
        if (l.label() != null) {
            names.add(l.label());
        }
        for (String name : names) {
            for (var s : taxonomy.suggestSkills(name, "nl", "language", 5)) {
                if (s.label().equalsIgnoreCase(name)) {
                    return taxonomy.skillRef(s.id(), Languages.current()).orElse(null);
                }
            }
        }
        return null;
    }
}
