/** The rules of case management and staff exchange as pure functions: phase moves, next actions, proposed pairs. */
@org.springframework.modulith.NamedInterface("domain")
package nl.werkpad.trajectories.domain;
