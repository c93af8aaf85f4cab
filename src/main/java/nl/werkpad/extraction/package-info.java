/**
 * Extraction: text in (a CV, a vacancy text, a course description; Dutch or English), ESCO skills and
 * occupations out, each with its score and the words in the text that gave rise to it. A module of its
 * own beside {@code taxonomy}: the taxonomy keeps the concepts and their search; extraction reads text
 * the way a careful reader would tag it, with its own indexes, evaluation and limits, and is used by
 * the passport, vacancies and training modules and by the import formats.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "access", "web", "taxonomy", "taxonomy :: search"})
@org.jspecify.annotations.NullMarked
package nl.werkpad.extraction;
