/**
 * Access: accounts, roles, local log-in with throttling, OpenID Connect and API authentication.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.access;
