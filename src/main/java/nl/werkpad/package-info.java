/** Werkpad's application class. */
@org.jspecify.annotations.NullMarked
package nl.werkpad;
