/**
 * Ecosystem: the talent infrastructure of the region — campuses and their partners by helix, development
 * coalitions with their purpose case and decisions, the campus grant check, the action agenda with its
 * targets and progress (entered by hand or measured live), and the events that feed it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "web", "regions", "organisations", "vacancies", "training"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.ecosystem;
