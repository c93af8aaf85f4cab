/** Skills from a vacancy's text: which ESCO skills its description names, with the words they came from. */
@org.jspecify.annotations.NullMarked
package nl.werkpad.vacancies.text;
