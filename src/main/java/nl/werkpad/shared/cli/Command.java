package nl.werkpad.shared.cli;

import java.util.List;

/**
 * A command of the {@code ./werkpad} script that runs inside the application (with its database and
 * modules) and then exits, such as {@code import-esco PATH}.
 */
public interface Command {

    /** The name typed after {@code ./werkpad}. */
    String name();

    /** One line for {@code ./werkpad help}. */
    String description();

    /**
     * Runs the command.
     *
     * @return the process exit code: 0 for success
     */
    int run(List<String> arguments) throws Exception;

    /** The value after {@code --name} in the arguments, or the fallback. */
    static String option(List<String> arguments, String name, String fallback) {
        int at = arguments.indexOf(name);
        return at >= 0 && at + 1 < arguments.size() ? arguments.get(at + 1) : fallback;
    }
}
