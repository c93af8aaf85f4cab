package nl.werkpad.extraction;

import java.util.List;
import nl.werkpad.taxonomy.OccupationRef;
import nl.werkpad.taxonomy.SkillRef;

/**
 * What a text names, best first.
 *
 * @param language    the language the text was read in ("nl" or "en"), given or detected
 * @param skills      skills, the ones the text states itself above those that only come from an occupation it names
 * @param occupations occupations (job titles) the text names
 */
public record Extraction(String language, List<FoundSkill> skills, List<FoundOccupation> occupations) {

    /** A skill with its score (0..1, higher is surer) and where in the text it was found. */
    public record FoundSkill(SkillRef skill, double score, List<Evidence> evidence) {

        /** True when the text does not state the skill itself and it only comes from an occupation the text names. */
        public boolean onlyFromOccupation() {
            return evidence.stream().allMatch(e -> e.how() == How.OCCUPATION_SKILL);
        }
    }

    /** An occupation with its score (0..1) and where in the text it was found. */
    public record FoundOccupation(OccupationRef occupation, double score, List<Evidence> evidence) {}

    /**
     * One place in the text: characters {@code start} (inclusive) to {@code end} (exclusive), as Java
     * string indexes of the text that was sent, the words there, and how they led to the concept.
     */
    public record Evidence(int start, int end, String text, How how) {}

    /** How words led to a concept. */
    public enum How {
        /** The concept's preferred label (in any inflection or compound). */
        PREFERRED_LABEL,
        /** One of its alternative labels. */
        ALTERNATIVE_LABEL,
        /** One of its hidden labels (spellings ESCO keeps for search only). */
        HIDDEN_LABEL,
        /**
         * Dutch words whose English counterparts form one of its English labels (for the many skills ESCO
         * names in English only); the counterparts are learnt from ESCO's own parallel Dutch and English texts.
         */
        TRANSLATED_LABEL,
        /** An essential skill of an occupation the text names (the evidence is the occupation's words). */
        OCCUPATION_SKILL,
        /** Words that mean the same as the concept's labels or description without sharing its words. */
        SIMILAR_MEANING
    }
}
