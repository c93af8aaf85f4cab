/**
 * The ecosystem's rules as pure policy over data (financing of purpose cases, coalition phases, the campus
 * grant check, target progress). Part of the module's API: other modules pass and read these types.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.NamedInterface("domain")
package nl.werkpad.ecosystem.domain;
