/** The processing log and consents in SQL. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.privacy.persistence;
