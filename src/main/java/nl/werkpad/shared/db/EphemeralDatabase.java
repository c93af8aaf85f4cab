package nl.werkpad.shared.db;

import java.nio.file.Path;

/**
 * Files that belong with the throw-away database of {@code werkpad.db.ephemeral=true} (tests): kept in its temporary
 * directory and removed with it when the JVM exits. Like the database, they are shared by every application context
 * in the JVM, so what one context derived from the database (a search index) the next one can open instead of
 * building it again.
 */
public final class EphemeralDatabase {

    private EphemeralDatabase() {}

    /** A folder of that name in the throw-away database's directory (not created here). */
    public static Path folder(String name) {
        return EmbeddedPostgresServer.ephemeralDirectory().resolve(name);
    }
}
