/** The taxonomy API. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.taxonomy.api;
