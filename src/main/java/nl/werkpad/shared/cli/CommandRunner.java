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
 * In {@code command} mode, runs the {@link Command} named by the first plain argument with the rest
 * as its arguments, and records
 * its exit code; the launcher then closes the application with it.
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
        List<String> words = args.getNonOptionArgs();
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
