/** The regions API. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.regions.api;
