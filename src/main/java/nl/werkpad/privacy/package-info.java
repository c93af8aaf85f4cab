/**
 * Privacy: the processing log (who read or changed whose personal data, what and why), called by the
 * other modules in the same transaction as the read or change. Consent, export and erasure join here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.privacy;
