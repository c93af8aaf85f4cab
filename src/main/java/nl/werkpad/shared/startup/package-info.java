/** Start-up tasks in their phases, with notes, and the ready banner. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.shared.startup;
