package nl.werkpad.taxonomy.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.werkpad.shared.cli.Command;
import nl.werkpad.shared.csv.CsvError;
import nl.werkpad.shared.csv.CsvProblems;
import org.springframework.stereotype.Component;

/** {@code ./werkpad import-esco PATH [--version vX.Y.Z]}: an official ESCO CSV package, folder or zip. */
@Component
class ImportEscoCommand implements Command {

    private final EscoImporter importer;

    ImportEscoCommand(EscoImporter importer) {
        this.importer = importer;
    }

    @Override
    public String name() {
        return "import-esco";
    }

    @Override
    public String description() {
        return "import-esco PATH [--version vX.Y.Z]   import an official ESCO CSV package (folder or zip)";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.isEmpty()) {
            System.err.println("Usage: ./werkpad import-esco PATH [--version vX.Y.Z]");
            return 2;
        }
        Path path = Path.of(arguments.getFirst());
        if (!Files.exists(path)) {
            System.err.println("No such folder or file: " + path);
            return 2;
        }
        int v = arguments.indexOf("--version");
        String version = v >= 0 && v + 1 < arguments.size() ? arguments.get(v + 1) : null;
        try {
            System.out.println(importer.importPackage(PackageSource.of(path), version).summary());
            return 0;
        } catch (CsvProblems problems) {
            System.err.println("The package was refused; the database is unchanged. Problems:");
            problems.errors().stream().limit(50).map(CsvError::toString).forEach(e -> System.err.println("  " + e));
            if (problems.errors().size() > 50) {
                System.err.println("  ... and " + (problems.errors().size() - 50) + " more");
            }
            return 1;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
