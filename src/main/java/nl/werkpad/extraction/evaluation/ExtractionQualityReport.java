package nl.werkpad.extraction.evaluation;

import java.util.Locale;
import nl.werkpad.extraction.evaluation.ExtractionEvaluation.Quality;
import nl.werkpad.extraction.evaluation.ExtractionEvaluation.Report;
import nl.werkpad.extraction.evaluation.ExtractionEvaluation.Row;

/** docs/extraction-quality.md from a run of the evaluation. */
public final class ExtractionQualityReport {

    private ExtractionQualityReport() {}

    public static String markdown(Report report) {
        StringBuilder md = new StringBuilder();
        md.append("# Skill extraction: quality\n\n")
                .append("Written by `./werkpad evaluate-extraction` (")
                .append(report.descriptionsPerLanguage())
                .append(" ESCO occupation descriptions per language, seed ")
                .append(report.seed())
                .append(", ")
                .append(report.millis() / 1000)
                .append(" s). Both methods run in the same run on the same texts.\n\n")
                .append(
                        "- **Sets**: hand-written CV, vacancy and course texts with the skills and job titles a careful reader ")
                .append(
                        "tags (`src/main/resources/extraction/evaluation`, see its README); ESCO's own occupation descriptions, ")
                .append("whose answer is the occupation and its essential skills.\n")
                .append(
                        "- **Measures** per text, then the mean: precision@5 (right ones among the first five skills), ")
                .append(
                        "R-precision@5 (right ones among the first min(5, answer size)), MRR (1 / rank of the first right skill), ")
                .append("and the same MRR for occupations over the texts that name one.\n")
                .append(
                        "- **Baseline**: plain BM25 over ESCO's labels (one document per concept with all its Dutch and English ")
                .append("labels, stemmed per language; the whole text as the query).\n\n")
                .append("| set | texts | method | precision@5 | R-precision@5 | MRR | occupation MRR |\n")
                .append("|---|---:|---|---:|---:|---:|---:|\n");
        for (Row row : report.rows()) {
            row.byMethod().forEach((method, q) -> md.append("| ")
                    .append(row.set())
                    .append(" | ")
                    .append(q.texts())
                    .append(" | ")
                    .append(method)
                    .append(" | ")
                    .append(f(q.precisionAt5()))
                    .append(" | ")
                    .append(f(q.rPrecisionAt5()))
                    .append(" | ")
                    .append(f(q.mrr()))
                    .append(" | ")
                    .append(Double.isNaN(q.occupationMrr()) ? "–" : f(q.occupationMrr()))
                    .append(" |\n"));
        }
        md.append("\n## Werkpad against the baseline\n\n");
        for (Row row : report.rows()) {
            Quality w = row.byMethod().get(ExtractionEvaluation.WERKPAD);
            Quality b = row.byMethod().get(ExtractionEvaluation.BM25);
            md.append("- ")
                    .append(row.set())
                    .append(": precision@5 ")
                    .append(ratio(w.precisionAt5(), b.precisionAt5()))
                    .append(", R-precision@5 ")
                    .append(ratio(w.rPrecisionAt5(), b.rPrecisionAt5()))
                    .append(", MRR ")
                    .append(ratio(w.mrr(), b.mrr()))
                    .append("\n");
        }
        return md.toString();
    }

    private static String ratio(double werkpad, double baseline) {
        return String.format(
                Locale.ROOT,
                "%+.3f (%s× BM25)",
                werkpad - baseline,
                baseline == 0 ? "∞" : String.format(Locale.ROOT, "%.2f", werkpad / baseline));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
