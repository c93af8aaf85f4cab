package nl.werkpad.taxonomy.importer;

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

    EscoImporter(EscoStore store, TransactionTemplate transactions) {
        this.store = store;
        this.transactions = transactions;
    }

    public ImportResult importPackage(PackageSource source, String version) {
        long started = System.nanoTime();
        String checksum = source.checksum();
        var before = store.importedWithChecksum(checksum);
        if (before.isPresent()) {
            return new ImportResult(before.get(), true, 0, 0, 0, 0, 0, 0, 0);
        }
        EscoPackage pack = EscoPackageReader.read(source, version);
        ImportResult result = transactions.execute(tx -> store.write(pack, source.name(), checksum));
        return new ImportResult(result.version(), false, result.skills(), result.localSkills(), result.occupations(),
                result.occupationSkillRelations(), result.reconciled(), result.skippedEdges(),
                (System.nanoTime() - started) / 1_000_000);
    }

    public boolean isEmpty() {
        return store.isEmpty();
    }
}
