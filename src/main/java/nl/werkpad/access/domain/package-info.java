/** Access rules as pure functions (password policy, log-in throttling). */
@org.jspecify.annotations.NullMarked
package nl.werkpad.access.domain;
