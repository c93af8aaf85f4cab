package nl.werkpad.passport.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceMarksTests {

    @Test
    void marksTheWordsWithTheNumbersOfTheirProposalsAndKeepsTheRestPlain() {
        String text = "2008-2023 lasser bij Damen, MIG/MAG lassen";
        var pieces = EvidenceMarks.pieces(
                text,
                List.of(
                        new EvidenceMarks.Span(10, 16, 1),
                        new EvidenceMarks.Span(28, 42, 2),
                        new EvidenceMarks.Span(36, 42, 3)));
        assertThat(pieces)
                .containsExactly(
                        new EvidenceMarks.Piece("2008-2023 ", List.of()),
                        new EvidenceMarks.Piece("lasser", List.of(1)),
                        new EvidenceMarks.Piece(" bij Damen, ", List.of()),
                        new EvidenceMarks.Piece("MIG/MAG ", List.of(2)),
                        new EvidenceMarks.Piece("lassen", List.of(2, 3)));
        assertThat(String.join(
                        "", pieces.stream().map(EvidenceMarks.Piece::text).toList()))
                .isEqualTo(text);
    }

    @Test
    void spansOutsideTheTextAreIgnored() {
        assertThat(EvidenceMarks.pieces(
                        "kok", List.of(new EvidenceMarks.Span(2, 9, 1), new EvidenceMarks.Span(1, 1, 2))))
                .containsExactly(new EvidenceMarks.Piece("kok", List.of()));
    }
}
