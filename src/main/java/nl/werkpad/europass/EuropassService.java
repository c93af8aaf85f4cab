package nl.werkpad.europass;

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
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Languages;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.stereotype.Service;

/**
 * Europass out (the passport as Europass XML) and in (a proposal: positions as ESCO occupations through the
 * extraction's occupations or the taxonomy's search, languages as ESCO language skills with a level from their CEFR
 * levels, and the skills the CV's texts state, through {@link SkillExtraction}).
 */
@Service
class EuropassService implements Europass {

    static final double SKILL_SCORE = 0.5;

    private final Passports passports;
    private final Taxonomy taxonomy;
    private final SkillExtraction extraction;
    private final Clock clock;

    EuropassService(Passports passports, Taxonomy taxonomy, SkillExtraction extraction, Clock clock) {
        this.passports = passports;
        this.taxonomy = taxonomy;
        this.extraction = extraction;
        this.clock = clock;
    }

    @Override
    public String export(UUID personId, nl.werkpad.access.SignedInUser viewer) {
        return EuropassWriter.write(
                passports.read(personId, viewer, "Europass-cv maken"), LocalDateTime.now(clock), Languages.current());
    }

    @Override
    public EuropassProposal propose(byte[] file) {
        EuropassCv cv;
        try {
            cv = EuropassXml.read(EuropassPdf.isPdf(file) ? EuropassPdf.attachedXml(file) : file);
        } catch (EuropassXml.Refused refused) {
            throw InvalidInput.of("file", refused.rule(), refused.getMessage(), null);
        }
        List<String> unmatched = new ArrayList<>();
        List<EuropassProposal.Work> work = new ArrayList<>();
        for (EuropassCv.Work w : cv.work()) {
            OccupationRef occupation = w.position() == null ? null : occupation(w.position());
            if (occupation == null) {
                unmatched.add(w.position() == null ? "?" : w.position());
            } else {
                work.add(new EuropassProposal.Work(
                        w.position(), occupation, w.employer(), w.fromYear(), w.current() ? null : w.toYear()));
            }
        }
        List<PassportInput.EducationEntry> education = cv.education().stream()
                .filter(e -> e.title() != null)
                .map(e -> new PassportInput.EducationEntry(
                        PassportInput.EducationKind.DIPLOMA,
                        e.title(),
                        e.organisation(),
                        e.toYear() != null ? e.toYear() : e.fromYear()))
                .toList();
        List<EuropassProposal.Language> languages = new ArrayList<>();
        for (EuropassCv.Language l : cv.languages()) {
            SkillRef skill = language(l);
            if (skill == null) {
                unmatched.add(l.label() == null ? l.code() : l.label());
            } else {
                languages.add(new EuropassProposal.Language(
                        l.label(), skill, Cefr.passportLevel(l.levels(), l.motherTongue()), l.levels()));
            }
        }
        List<String> texts = new ArrayList<>(cv.skillTexts());
        cv.work().stream()
                .map(EuropassCv.Work::activities)
                .filter(a -> a != null && !a.isBlank())
                .forEach(texts::add);
        return new EuropassProposal(cv, work, education, languages, skills(String.join("\n", texts)), unmatched);
    }

    @Override
    public nl.werkpad.passport.Passport confirm(
            UUID personId, Confirmation confirmation, nl.werkpad.access.SignedInUser actor) {
        PassportInput current =
                passports.read(personId, actor, "Europass-cv overnemen").toInput();
        List<PassportInput.SkillEntry> skills = new ArrayList<>(current.skills());
        confirmation.skills().stream()
                .filter(s -> skills.stream().noneMatch(have -> have.skill().equals(s.skill())))
                .forEach(skills::add);
        List<PassportInput.WorkEntry> work = new ArrayList<>(current.workHistory());
        confirmation.work().stream().filter(w -> !work.contains(w)).forEach(work::add);
        List<PassportInput.EducationEntry> education =
                new ArrayList<>(current.education() == null ? List.of() : current.education());
        confirmation.education().stream().filter(e -> !education.contains(e)).forEach(education::add);
        return passports.replace(
                personId, current.withSkills(skills).withWorkHistory(work).withEducation(education), actor);
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

    private List<EuropassProposal.Skill> skills(String text) {
        SkillExtraction engine = extraction;
        if (text.isBlank()) {
            return List.of();
        }
        String read = text.length() > SkillExtraction.MAX_TEXT_CHARS
                ? text.substring(0, SkillExtraction.MAX_TEXT_CHARS)
                : text;
        Map<String, EuropassProposal.Skill> found = new LinkedHashMap<>();
        for (Extraction.FoundSkill s : engine.extract(new ExtractionRequest(read, null, SkillExtraction.MAX_LIMIT))
                .skills()) {
            if (!s.onlyFromOccupation() && s.score() >= SKILL_SCORE) {
                found.putIfAbsent(
                        s.skill().id(),
                        new EuropassProposal.Skill(
                                s.skill(),
                                s.score(),
                                s.evidence().stream()
                                        .map(Extraction.Evidence::text)
                                        .distinct()
                                        .toList()));
            }
        }
        return List.copyOf(found.values());
    }
}
