package nl.werkpad.europass;

import java.util.List;

/**
 * What a Europass CV says, as written (nothing mapped to ESCO yet).
 *
 * @param skillTexts the free texts of the skills section (job-related, computer, communication, organisational,
 *                   other), HTML stripped
 */
public record EuropassCv(
        String firstName,
        String surname,
        List<Work> work,
        List<Education> education,
        List<Language> languages,
        List<String> skillTexts) {

    public record Work(
            String position, String employer, Integer fromYear, Integer toYear, boolean current, String activities) {}

    public record Education(String title, String organisation, Integer fromYear, Integer toYear) {}

    /**
     * A language with its CEFR levels (A1..C2) for listening, reading, spoken interaction, spoken production and
     * writing; a mother tongue has none.
     */
    public record Language(String code, String label, boolean motherTongue, List<String> levels) {}
}
