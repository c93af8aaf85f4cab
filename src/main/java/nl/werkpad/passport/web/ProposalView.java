package nl.werkpad.passport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.werkpad.passport.PassportProposal;
import nl.werkpad.passport.domain.EvidenceMarks;

/**
 * A proposal as the page shows it: occupations and stated skills numbered 1, 2, 3…, the text cut into pieces with
 * those numbers at the words they came from, and the skills that only come with an occupation listed apart (their
 * words are the occupation's, already marked). Reused by every page that confirms proposals.
 */
record ProposalView(
        PassportProposal proposal,
        List<WorkItem> work,
        List<SkillItem> stated,
        List<SkillItem> fromOccupations,
        List<EvidenceMarks.Piece> pieces) {

    record WorkItem(int index, int number, PassportProposal.ProposedWork work, String words) {}

    record SkillItem(int number, PassportProposal.ProposedSkill skill, String words) {}

    static ProposalView of(PassportProposal proposal) {
        List<EvidenceMarks.Span> spans = new ArrayList<>();
        List<WorkItem> work = new ArrayList<>();
        int number = 0;
        for (int i = 0; i < proposal.work().size(); i++) {
            var w = proposal.work().get(i);
            work.add(new WorkItem(i, ++number, w, quoted(w.words())));
            mark(spans, w.words(), number);
        }
        List<SkillItem> stated = new ArrayList<>();
        for (var s : proposal.statedSkills()) {
            stated.add(new SkillItem(++number, s, quoted(s.words())));
            mark(spans, s.words(), number);
        }
        List<SkillItem> fromOccupations = proposal.occupationSkills().stream()
                .map(s -> new SkillItem(0, s, quoted(s.words())))
                .toList();
        return new ProposalView(proposal, work, stated, fromOccupations, EvidenceMarks.pieces(proposal.text(), spans));
    }

    private static void mark(List<EvidenceMarks.Span> spans, List<PassportProposal.Words> words, int number) {
        words.stream()
                .filter(w -> !PassportProposal.Words.OCCUPATION_SKILL.equals(w.how()))
                .forEach(w -> spans.add(new EvidenceMarks.Span(w.start(), w.end(), number)));
    }

    private static String quoted(List<PassportProposal.Words> words) {
        return words.stream()
                .map(PassportProposal.Words::text)
                .distinct()
                .map(w -> "“" + w + "”")
                .collect(Collectors.joining(", "));
    }

    public boolean isEmpty() {
        return work.isEmpty()
                && stated.isEmpty()
                && fromOccupations.isEmpty()
                && proposal.education().isEmpty();
    }
}
