package nl.werkpad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of ARCHITECTURE.md stay modules: only their root packages are used from outside, no cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(WerkpadApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    /**
     * Modulith writes the relations of a diagram in no fixed order; the files in docs/ get them sorted, and are
     * rewritten only when their content really changed, so a test run leaves no diff behind.
     */
    @Test
    void writesTheModuleDocumentationIntoDocs() throws IOException {
        Path generated = Path.of("target/module-docs");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Path docs = Files.createDirectories(Path.of("docs/modules"));
        try (Stream<Path> files = Files.list(generated)) {
            files.forEach(file -> {
                try {
                    String content = sortedRelations(Files.readAllLines(file));
                    Path target = docs.resolve(file.getFileName());
                    if (!Files.exists(target) || !Files.readString(target).equals(content)) {
                        Files.writeString(target, content);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String sortedRelations(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return String.join("\n", out) + "\n";
    }
}
