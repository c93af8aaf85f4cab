package nl.werkpad.shared.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a locked data directory into a two-line message instead of a stack trace. */
class DataDirectoryInUseAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresServer.DataDirectoryInUse> {

    @Override
    protected FailureAnalysis analyze(Throwable root, EmbeddedPostgresServer.DataDirectoryInUse cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Stop the other Werkpad, or start this one with --data-dir pointing at another directory.",
                cause);
    }
}
