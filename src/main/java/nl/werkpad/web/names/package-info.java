/** Names on pages: the Thymeleaf dialect that shows a name where a code is stored, and the national vocabularies. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.web.names;
