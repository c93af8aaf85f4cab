/**
 * Passport: residents and their skills passport — skills with where they come from, work history as
 * ESCO occupations, education and certificates, labour-market status and preferences — shown to
 * others only with consent, every such read in the processing log; export and erasure.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "shared",
            "access",
            "web",
            "taxonomy",
            "regions",
            "privacy",
            "extraction",
            "extraction :: document"
        })
@org.jspecify.annotations.NullMarked
package nl.werkpad.passport;
