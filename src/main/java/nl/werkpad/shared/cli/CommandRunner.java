package nl.werkpad.shared.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.werkpad.shared.WerkpadProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * In {@code command} mode, runs the {@link Command} named by the first argument with the rest as its
 * arguments, and records its exit code; the launcher then closes the application with it.
 */
@Component
class CommandRunner implements ApplicationRunner, ExitCodeGenerator {

    private final WerkpadProperties werkpad;
    private final Map<String, Command> commands;
    private int exitCode;

    CommandRunner(WerkpadProperties werkpad, List<Command> commands) {
        this.werkpad = werkpad;
        this.commands = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (werkpad.mode() != WerkpadProperties.Mode.COMMAND) {
            return;
        }
        // the raw arguments, less the ones meant for Werkpad itself: commands have options such as --persons N
        List<String> words = java.util.Arrays.stream(args.getSourceArgs())
                .filter(arg ->
                        !arg.startsWith("--werkpad.") && !arg.startsWith("--spring.") && !arg.startsWith("--logging."))
                .toList();
        if (words.isEmpty() || !commands.containsKey(words.getFirst())) {
            System.err.println("Unknown command " + words + ". Known: " + commands.keySet());
            exitCode = 2;
            return;
        }
        exitCode = commands.get(words.getFirst()).run(words.subList(1, words.size()));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
