package nl.werkpad.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a data directory of another PostgreSQL major version into what to do instead of a raw postgres error. */
class DataDirectoryOfOtherVersionAnalyzer
        extends AbstractFailureAnalyzer<EmbeddedPostgresServer.DataDirectoryOfOtherVersion> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedPostgresServer.DataDirectoryOfOtherVersion cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Start with a new, empty data directory (--data-dir DIR). To keep the data, restore a backup into the"
                        + " new directory (./werkpad restore FILE with WERKPAD_DATA_DIR=DIR); docs/operations.md,"
                        + " 'Backup and restore', says how to take one of the old directory.",
                cause);
    }
}
