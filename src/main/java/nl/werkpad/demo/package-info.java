/**
 * The demo region: on {@code ./werkpad demo} with an empty database, seeds one account per role (and,
 * as the other modules land, the people, organisations, vacancies and offers of Noord-Holland).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "access",
            "organisations",
            "regions",
            "taxonomy",
            "vacancies",
            "training",
            "passport",
            "privacy",
            "ecosystem",
            "ecosystem :: domain",
            "monitor",
            "fund",
            "fund :: domain",
            "trajectories",
            "trajectories :: domain"
        })
package nl.werkpad.demo;
