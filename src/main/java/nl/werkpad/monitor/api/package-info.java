/** The monitor's API. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.monitor.api;
