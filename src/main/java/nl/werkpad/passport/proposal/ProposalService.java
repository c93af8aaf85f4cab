package nl.werkpad.passport.proposal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.TextInput;
import nl.werkpad.extraction.document.DocumentText;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.PassportProposal;
import nl.werkpad.passport.PassportProposals;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.ProposalConfirmation;
import nl.werkpad.passport.StructuredCvReader;
import nl.werkpad.passport.domain.WorkYears;
import nl.werkpad.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Proposals from text: the extraction reads, {@link WorkYears} gives each occupation the years of its line, and a
 * confirmation is one {@link Passports#replace} (so the passport's rules, consent check and processing log apply).
 */
@Service
class ProposalService implements PassportProposals {

    private final SkillExtraction extraction;
    private final Passports passports;
    private final ObjectProvider<StructuredCvReader> structured;

    ProposalService(SkillExtraction extraction, Passports passports, ObjectProvider<StructuredCvReader> structured) {
        this.extraction = extraction;
        this.passports = passports;
        this.structured = structured;
    }

    @Override
    public PassportProposal fromText(String text, @Nullable String language) {
        var request = TextInput.checked("text", text, language, MAX_SKILLS);
        return of(request.text(), extraction.extract(request));
    }

    @Override
    public PassportProposal fromDocument(
            @Nullable String fileName, byte @Nullable [] bytes, @Nullable String language) {
        if (bytes != null && bytes.length > 0) {
            // a structured CV (Europass) is read by its own reader, then confirmed here like any other proposal
            var reader = structured
                    .orderedStream()
                    .filter(r -> r.reads(fileName, bytes))
                    .findFirst();
            if (reader.isPresent()) {
                return reader.get().read(bytes);
            }
        }
        return switch (DocumentText.read(fileName, bytes)) {
            case DocumentText.Text document -> {
                try {
                    yield fromText(document.text(), language);
                } catch (InvalidInput e) {
                    // the refusal is about the file the person chose, not about a text field they do not see
                    throw InvalidInput.of(
                            "file",
                            e.errors().getFirst().rule(),
                            e.getMessage(),
                            e.errors().getFirst().limit());
                }
            }
            case DocumentText.Refused refused ->
                throw InvalidInput.of("file", refused.rule(), refused.message(), refused.limit());
        };
    }

    @Override
    public PassportProposal of(String text, Extraction found) {
        List<PassportProposal.ProposedWork> work = found.occupations().stream()
                .map(o -> {
                    List<PassportProposal.Words> words = words(o.evidence());
                    WorkYears.Found years = words.isEmpty()
                            ? new WorkYears.Found(null, null, null)
                            : WorkYears.around(
                                    text,
                                    words.getFirst().start(),
                                    words.getFirst().end());
                    return new PassportProposal.ProposedWork(
                            o.occupation(), years.fromYear(), years.toYear(), years.employer(), o.score(), words);
                })
                .toList();
        List<PassportProposal.ProposedSkill> skills = found.skills().stream()
                .map(s -> new PassportProposal.ProposedSkill(
                        s.skill(), s.score(), s.onlyFromOccupation(), words(s.evidence())))
                .toList();
        return new PassportProposal(text, found.language(), work, skills);
    }

    private static List<PassportProposal.Words> words(List<Extraction.Evidence> evidence) {
        return evidence.stream()
                .map(e -> new PassportProposal.Words(
                        e.start(),
                        e.end(),
                        e.text(),
                        e.how().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                .toList();
    }

    @Override
    public Passport confirm(UUID personId, ProposalConfirmation confirmation, SignedInUser actor) {
        PassportInput in = passports
                .read(personId, actor, "voorstellen uit tekst bevestigen")
                .toInput();
        Map<String, PassportInput.SkillEntry> skills = new LinkedHashMap<>();
        in.skills().forEach(s -> skills.put(s.skill(), s));
        confirmation.skills().forEach(s -> skills.putIfAbsent(s.skill(), s));
        List<PassportInput.WorkEntry> work = new ArrayList<>(in.workHistory());
        confirmation.workHistory().stream().filter(w -> !work.contains(w)).forEach(work::add);
        List<PassportInput.EducationEntry> education =
                new ArrayList<>(in.education() == null ? List.of() : in.education());
        confirmation.education().stream().filter(e -> !education.contains(e)).forEach(education::add);
        return passports.replace(personId, in.withLists(List.copyOf(skills.values()), work, education), actor);
    }
}
