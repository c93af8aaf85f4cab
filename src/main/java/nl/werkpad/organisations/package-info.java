/**
 * Organisations: employers, schools, training providers, governments, funds, UWV and intermediaries,
 * identified by their KvK number, with their sites and the accounts that act for them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "regions", "access"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.organisations;
