/**
 * Matching: explained skills-based matches between residents and vacancies (both ways), training
 * plans that close a skill gap, and routes to other occupations. An in-process Lucene index of
 * vacancies, passports and offers, rebuilt from the other modules at start and kept current through an
 * ordered change feed. See docs/matching.md. Its plan page asks the fund (which does not depend on matching) who pays
 * what for each step.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "access",
            "web",
            "taxonomy",
            "regions",
            "vacancies",
            "training",
            "passport",
            "privacy",
            "organisations",
            "fund",
            "fund :: domain"
        })
@org.jspecify.annotations.NullMarked
package nl.werkpad.matching;
