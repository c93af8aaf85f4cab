/**
 * The page shell: layout, navigation per role, home page, error pages and the Dutch/English bundles.
 * Modules add their navigation items through {@link nl.werkpad.web.NavigationContributor}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.werkpad.web;
