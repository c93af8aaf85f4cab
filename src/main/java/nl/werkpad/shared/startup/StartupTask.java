package nl.werkpad.shared.startup;

/**
 * Work done once per start, after the migrations and before the web server takes requests:
 * importing bundled reference data, creating the first administrator, seeding the demo region.
 * Each task checks itself whether there is anything to do, so a restart is quick.
 */
public interface StartupTask {

    /**
     * Tasks run phase by phase; within a phase in bean order. Registries (the ecosystem's campuses and action
     * agenda) build on reference data (regions); in-memory indexes follow the data they index.
     */
    enum Phase {
        REFERENCE_DATA,
        REGISTRIES,
        ACCOUNTS,
        DEMO,
        INDEXES
    }

    Phase phase();

    void run();
}
