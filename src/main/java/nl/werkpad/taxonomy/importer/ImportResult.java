package nl.werkpad.taxonomy.importer;

/**
 * What an ESCO import did.
 *
 * @param unchanged  true when exactly this package had been imported before, so nothing was written
 * @param reconciled skills that were known by label only and now have their ESCO URI
 */
public record ImportResult(
        String version,
        boolean unchanged,
        long skills,
        long localSkills,
        long occupations,
        long occupationSkillRelations,
        long reconciled,
        int skippedEdges,
        long millis) {

    public String summary() {
        if (unchanged) {
            return "ESCO " + version + ": this package was imported before; nothing changed.";
        }
        return "ESCO %s imported in %d ms: %d skills (%d known by label only), %d occupations, %d occupation-skill relations, %d reconciled to ESCO URIs, %d hierarchy edges to concepts outside the package skipped."
                .formatted(
                        version,
                        millis,
                        skills,
                        localSkills,
                        occupations,
                        occupationSkillRelations,
                        reconciled,
                        skippedEdges);
    }
}
