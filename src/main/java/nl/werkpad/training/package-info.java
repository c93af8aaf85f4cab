/**
 * Training: the offers of schools, company academies and campuses, as the ESCO skills they teach,
 * with level, mode, place, duration, cost in euro cents, start dates with seats, and whether they are
 * on a public register of accepted training.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "web", "taxonomy", "regions", "organisations", "extraction"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.training;
