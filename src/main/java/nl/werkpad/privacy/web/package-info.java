/** The processing-log page. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.privacy.web;
