package nl.werkpad.shared.startup;

import java.util.List;

/**
 * Lines a module wants the person who started Werkpad to read once it is ready, such as the log-ins of
 * the demo accounts or a one-time administrator password. Printed to the console, never logged.
 */
public interface StartupNote {

    List<String> lines();
}
