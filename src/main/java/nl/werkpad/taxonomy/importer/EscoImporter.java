package nl.werkpad.taxonomy.importer;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports ESCO packages: reads and checks every file first (a bad row refuses the package), then
 * writes it in one transaction. The same package twice changes nothing.
 */
@Service
public class EscoImporter {

    private final EscoStore store;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    EscoImporter(EscoStore store, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.store = store;
        this.transactions = transactions;
        this.events = events;
    }

    public ImportResult importPackage(PackageSource source, String version) {
        return importPackage(source, version, false);
    }

    /**
     * @param force also when the package is an older ESCO version than the one loaded (otherwise refused
     *              with {@link OlderEscoVersion}, before anything is read or written)
     */
    public ImportResult importPackage(PackageSource source, String version, boolean force) {
        long started = System.nanoTime();
        String checksum = source.checksum();
        var before = store.importedWithChecksum(checksum);
        if (before.isPresent()) {
            return new ImportResult(before.get(), true, 0, 0, 0, 0, 0, 0, 0);
        }
        String offered = version != null ? version : EscoPackageReader.detectVersion(source.name());
        var loaded = store.currentVersion();
        if (!force && loaded.isPresent() && EscoVersions.older(offered, loaded.get())) {
            throw OlderEscoVersion.refused(offered, loaded.get());
        }
        EscoPackage pack = EscoPackageReader.read(source, version, store.iscoCodes());
        ImportResult written = transactions.execute(tx -> store.write(pack, source.name(), checksum));
        ImportResult result = new ImportResult(
                written.version(),
                false,
                written.skills(),
                written.localSkills(),
                written.occupations(),
                written.occupationSkillRelations(),
                written.reconciled(),
                written.skippedEdges(),
                (System.nanoTime() - started) / 1_000_000);
        events.publishEvent(new TaxonomyImported(result)); // after the commit: the search index rebuilds
        return result;
    }

    /** Where the newest import came from (a path, or the bundle's name). */
    public Optional<String> latestSource() {
        return store.latestSource();
    }

    public boolean isEmpty() {
        return store.isEmpty();
    }
}
