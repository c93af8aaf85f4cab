/** Money on pages: the Thymeleaf dialect that shows amounts in the reader's language. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.web.money;
