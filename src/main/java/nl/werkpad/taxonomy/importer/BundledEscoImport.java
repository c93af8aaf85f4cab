package nl.werkpad.taxonomy.importer;

import nl.werkpad.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** On the first start (no occupations yet) the bundled ESCO v1.2.0 is imported; later starts skip it. */
@Component
class BundledEscoImport implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(BundledEscoImport.class);
    private final EscoImporter importer;

    BundledEscoImport(EscoImporter importer) {
        this.importer = importer;
    }

    @Override
    public Phase phase() {
        return Phase.REFERENCE_DATA;
    }

    @Override
    public void run() {
        if (importer.isEmpty()) {
            ImportResult result = importer.importPackage(PackageSource.bundled(), "v1.2.0");
            log.info(result.summary());
        }
    }
}
