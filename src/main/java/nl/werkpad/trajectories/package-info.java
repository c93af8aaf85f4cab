/**
 * Trajectories: case management for the regional mobility teams — caseloads, trajectories through orientation,
 * guidance, training, placement and aftercare with notes, agreed actions and outcome, the campuses' digital
 * service points — and staff exchange between employers (surplus to shortage).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "access",
            "web",
            "regions",
            "taxonomy",
            "organisations",
            "passport",
            "vacancies",
            "training",
            "fund",
            "matching",
            "privacy",
            "ecosystem"
        })
package nl.werkpad.trajectories;
