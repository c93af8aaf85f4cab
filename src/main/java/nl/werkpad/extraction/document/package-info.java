/** The text of an uploaded document (a CV), for the pages that read one; a module interface of extraction. */
@org.springframework.modulith.NamedInterface("document")
@org.jspecify.annotations.NullMarked
package nl.werkpad.extraction.document;
