package nl.werkpad.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * For tests that need a database of their own (a first start, imports that change the taxonomy):
 * a fresh embedded PostgreSQL in a new data directory instead of the shared one. Use with
 * {@code werkpad.db.ephemeral=false} and call from a {@code @DynamicPropertySource} method.
 */
public final class OwnDatabase {

    private OwnDatabase() {}

    public static void in(DynamicPropertyRegistry registry) {
        try {
            String dir = Files.createTempDirectory("werkpad-own-db-").toString();
            registry.add("werkpad.data-dir", () -> dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
