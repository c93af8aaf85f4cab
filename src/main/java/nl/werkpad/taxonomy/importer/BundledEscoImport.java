package nl.werkpad.taxonomy.importer;

import nl.werkpad.shared.startup.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On the first start (no occupations yet) the bundled ESCO v1.2.0 is imported. A later start imports it
 * again only when the bundle in this version of Werkpad differs from the one imported last (new derived
 * labels, say) and nothing else was imported since; the same bundle is recognised by its checksum.
 */
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
        PackageSource bundled = PackageSource.bundled();
        if (importer.isEmpty()
                || importer.latestSource().filter(bundled.name()::equals).isPresent()) {
            ImportResult result = importer.importPackage(bundled, "v1.2.0");
            if (!result.unchanged()) {
                log.info(result.summary());
            }
        }
    }
}
