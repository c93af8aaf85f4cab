/** The reader's language: from the cookie, the account or the browser. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.web.i18n;
