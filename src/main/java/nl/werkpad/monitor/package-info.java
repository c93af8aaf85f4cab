/**
 * Monitor: the labour-market monitor — UWV's tension indicator per occupation group and area from Werkpad's
 * own live data, skills in demand against skills on offer, official statistics next to them, and the action
 * agenda's targets; aggregates in the module's own schema kept current from the other modules' events, with
 * every resident-based figure under the suppression rule (docs/monitor.md).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "access",
            "web",
            "regions",
            "taxonomy",
            "vacancies",
            "passport",
            "privacy",
            "ecosystem",
            "ecosystem :: domain",
            "trajectories",
            "trajectories :: domain",
            "fund",
            "fund :: domain",
            "matching"
        })
@org.jspecify.annotations.NullMarked
package nl.werkpad.monitor;
