/** The monitor's rules as pure functions (suppression, tension, area roll-up). */
@org.jspecify.annotations.NullMarked
package nl.werkpad.monitor.domain;
