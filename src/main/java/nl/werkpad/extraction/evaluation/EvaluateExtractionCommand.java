package nl.werkpad.extraction.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.shared.cli.Command;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.taxonomy.search.TaxonomyIndex;
import org.springframework.stereotype.Component;

/** {@code ./werkpad evaluate-extraction}: the extraction's quality next to BM25, written to docs/extraction-quality.md. */
@Component
class EvaluateExtractionCommand implements Command {

    private final SkillExtraction extraction;
    private final TaxonomyIndex index;
    private final Taxonomy taxonomy;

    EvaluateExtractionCommand(SkillExtraction extraction, TaxonomyIndex index, Taxonomy taxonomy) {
        this.extraction = extraction;
        this.index = index;
        this.taxonomy = taxonomy;
    }

    @Override
    public String name() {
        return "evaluate-extraction";
    }

    @Override
    public String description() {
        return "evaluate-extraction [--descriptions N] [--seed S] [--out FILE] [--details] | --text TEXT   skill extraction quality next to BM25 "
                + "(default docs/extraction-quality.md)";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        String one = Command.option(arguments, "--text", null);
        if (one != null) { // one text, to see what the extraction makes of it
            var found = extraction.extract(new nl.werkpad.extraction.ExtractionRequest(one, null, 30));
            System.out.println("language " + found.language());
            found.occupations()
                    .forEach(o -> System.out.println(
                            "O " + o.score() + " " + o.occupation().label() + " " + o.evidence()));
            found.skills()
                    .forEach(s -> System.out.println(
                            "S " + s.score() + " " + s.skill().label() + " " + s.evidence()));
            return 0;
        }
        int descriptions = Integer.parseInt(Command.option(arguments, "--descriptions", "300"));
        long seed = Long.parseLong(Command.option(arguments, "--seed", "2026"));
        Path out = Path.of(Command.option(arguments, "--out", "docs/extraction-quality.md"));
        var evaluation = new ExtractionEvaluation(extraction, index.vocabulary().concepts(), taxonomy);
        if (arguments.contains("--details")) {
            evaluation.showDetails(System.out);
        }
        String markdown = ExtractionQualityReport.markdown(evaluation.run(descriptions, seed));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, markdown);
        System.out.println(markdown);
        System.out.println("Written to " + out.toAbsolutePath());
        return 0;
    }
}
