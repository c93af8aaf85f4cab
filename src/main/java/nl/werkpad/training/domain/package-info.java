/** Training's rules as pure functions over its records. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.training.domain;
