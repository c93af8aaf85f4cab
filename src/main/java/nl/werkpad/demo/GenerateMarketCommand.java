package nl.werkpad.demo;

import java.util.List;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code ./werkpad generate-market --persons N --vacancies M --offers K --seed S [--area AMxx|PVxx]}: a generated
 * labour market (for benchmarks and trials), the same for the same seed, over all municipalities or one area.
 */
@Component
class GenerateMarketCommand implements Command {

    private final MarketGenerator generator;
    private final Regions regions;

    GenerateMarketCommand(MarketGenerator generator, Regions regions) {
        this.generator = generator;
        this.regions = regions;
    }

    @Override
    public String name() {
        return "generate-market";
    }

    @Override
    public String description() {
        return "generate-market --persons N --vacancies M --offers K --seed S [--area AMxx|PVxx]";
    }

    @Override
    public int run(List<String> arguments) {
        try {
            int persons = Integer.parseInt(Command.option(arguments, "--persons", "1000"));
            int vacancies = Integer.parseInt(Command.option(arguments, "--vacancies", "200"));
            int offers = Integer.parseInt(Command.option(arguments, "--offers", "50"));
            long seed = Long.parseLong(Command.option(arguments, "--seed", "1"));
            String area = Command.option(arguments, "--area", "");
            List<Municipality> places = regions.municipalities().stream()
                    .filter(m -> area.isBlank()
                            || m.labourMarketRegion().code().equalsIgnoreCase(area)
                            || m.province().code().equalsIgnoreCase(area))
                    .toList();
            if (places.isEmpty() || persons < 0 || vacancies < 1 || offers < 1) {
                System.err.println(
                        "Nothing to generate: unknown area '" + area + "' or sizes below 1. " + description());
                return 2;
            }
            System.out.println(generator
                    .generate(new MarketGenerator.Size(persons, vacancies, offers), seed, places, List.of(), null)
                    .summary());
            return 0;
        } catch (NumberFormatException e) {
            System.err.println("Sizes and seed are whole numbers. " + description());
            return 2;
        }
    }
}
