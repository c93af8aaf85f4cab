/** The skill-extraction API and its rate limit. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.extraction.api;
