package nl.werkpad.taxonomy.importer;

import java.util.Optional;
import java.util.Set;

/** Where an {@link EscoPackage} is written; implemented in the persistence package. */
public interface EscoStore {

    /** The version of the newest import with exactly these files, if there is one. */
    Optional<String> importedWithChecksum(String checksum);

    boolean isEmpty();

    Optional<String> latestSource();

    /** The newest ESCO version whose skills or occupations were imported (what "the loaded version" means). */
    Optional<String> currentVersion();

    /** The ISCO-08 codes already known, for packages that bring occupations but no ISCO groups. */
    Set<String> iscoCodes();

    /** Writes the package in the caller's transaction: reconciles local skills, then upserts everything. */
    ImportResult write(EscoPackage pack, String source, String checksum);
}
