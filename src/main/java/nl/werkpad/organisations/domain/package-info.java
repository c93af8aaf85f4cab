/** Organisations' rules as pure functions. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.organisations.domain;
