package nl.werkpad.taxonomy.importer;

/** An import of an older ESCO version than the one loaded, refused unless forced. */
public final class OlderEscoVersion extends RuntimeException {

    private OlderEscoVersion(String message) {
        super(message);
    }

    static OlderEscoVersion refused(String offered, String loaded) {
        return new OlderEscoVersion(
                ("ESCO %s is older than the loaded %s; nothing was imported. An older version never "
                                + "replaces a newer one silently: to do so on purpose, run the import again with --force.")
                        .formatted(offered, loaded));
    }
}
