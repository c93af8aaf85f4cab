package nl.werkpad.passport.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A text cut into pieces for showing which words gave rise to which proposal: each piece is plain, or marked with
 * the numbers of the proposals its words led to (spans may overlap: "lasser" can be an occupation and a skill).
 * A page shows a marked piece underlined with its numbers beside it, so the marking never rests on colour alone.
 */
public final class EvidenceMarks {

    /** Characters {@code start}..{@code end} of the text led to proposal {@code number}. */
    public record Span(int start, int end, int number) {}

    /** A piece of the text; {@code numbers} empty when no proposal came from it. */
    public record Piece(String text, List<Integer> numbers) {

        public boolean marked() {
            return !numbers.isEmpty();
        }
    }

    private EvidenceMarks() {}

    public static List<Piece> pieces(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Span> valid = spans.stream()
                .filter(s -> s.start() >= 0 && s.end() <= text.length() && s.start() < s.end())
                .toList();
        valid.forEach(s -> {
            cuts.add(s.start());
            cuts.add(s.end());
        });
        List<Piece> pieces = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null && cut > from) {
                int start = from;
                int end = cut;
                List<Integer> numbers = valid.stream()
                        .filter(s -> s.start() <= start && s.end() >= end)
                        .map(Span::number)
                        .distinct()
                        .sorted()
                        .toList();
                if (!pieces.isEmpty() && pieces.getLast().numbers().equals(numbers)) {
                    pieces.set(
                            pieces.size() - 1,
                            new Piece(pieces.getLast().text() + text.substring(start, end), numbers));
                } else {
                    pieces.add(new Piece(text.substring(start, end), numbers));
                }
            }
            from = cut;
        }
        return pieces;
    }
}
