package nl.werkpad.matching.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkpad.matching.domain.SkillSpace;
import nl.werkpad.shared.cli.Command;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

/** {@code ./werkpad evaluate-matching [--residents N] [--seed S] [--out FILE]}: the matching evaluation on the loaded ESCO data. */
@Component
class EvaluateMatchingCommand implements Command {

    private final Taxonomy taxonomy;

    EvaluateMatchingCommand(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    @Override
    public String name() {
        return "evaluate-matching";
    }

    @Override
    public String description() {
        return "evaluate-matching [--residents N] [--seed S] [--out FILE]   matching quality on ESCO (default docs/matching-quality.md)";
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        int residents = Integer.parseInt(Command.option(arguments, "--residents", "1000"));
        long seed = Long.parseLong(Command.option(arguments, "--seed", "2026"));
        Path out = Path.of(Command.option(arguments, "--out", "docs/matching-quality.md"));
        MatchingEvaluation evaluation = new MatchingEvaluation(
                taxonomy.occupationProfiles().stream()
                        .map(o -> new MatchingEvaluation.Occupation(o.id(), o.iscoGroup(), o.essential(), o.optional()))
                        .toList(),
                taxonomy.skillLinks().stream()
                        .map(l -> new SkillSpace.Link(l.from(), l.to(), l.kind()))
                        .toList());
        String markdown = MatchingQualityReport.markdown(evaluation.run(residents, seed));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, markdown);
        System.out.println(markdown);
        System.out.println("Written to " + out.toAbsolutePath());
        return 0;
    }
}
