/**
 * Vacancies as skill profiles: jobs, internships and work-based learning places of organisations,
 * started from an ESCO occupation, with their status from draft to filled, closed or expired.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "web", "taxonomy", "regions", "organisations", "extraction"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.vacancies;
