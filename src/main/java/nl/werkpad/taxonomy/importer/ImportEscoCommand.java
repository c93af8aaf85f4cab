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
        return "import-esco PATH... [--version vX.Y.Z] [--force]   import an official ESCO CSV package (folder, zip, or the "
                + "classification and relations zips of one release together); an older version than the loaded one only with --force";
    }

    @Override
    public int run(List<String> arguments) {
        int v = arguments.indexOf("--version");
        String version = v >= 0 && v + 1 < arguments.size() ? arguments.get(v + 1) : null;
        boolean force = arguments.contains("--force");
        List<Path> paths = new java.util.ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            if (arguments.get(i).equals("--version")) {
                i++;
            } else if (!arguments.get(i).equals("--force")) {
                paths.add(Path.of(arguments.get(i)));
            }
        }
        if (paths.isEmpty()) {
            System.err.println("Usage: ./werkpad import-esco PATH... [--version vX.Y.Z] [--force]");
            return 2;
        }
        for (Path path : paths) {
            if (!Files.exists(path)) {
                System.err.println("No such folder or file: " + path);
                return 2;
            }
        }
        try {
            System.out.println(importer.importPackage(PackageSource.of(paths), version, force)
                    .summary());
            return 0;
        } catch (OlderEscoVersion e) {
            System.err.println(e.getMessage());
            return 1;
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
