package nl.werkpad.extraction.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.ExtractionRequest;
import nl.werkpad.support.WerkpadTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sentence met before is not matched again: its hits are remembered. What a text yields must not depend on that:
 * the same text extracted with nothing remembered and with every sentence remembered from other texts (in which the
 * sentences stood elsewhere) gives the same skills, scores, evidence and occupations.
 */
@WerkpadTest
class SentenceHitsTests {

    @Autowired
    LexicalExtraction extraction;

    private static final List<String> TEXTS = List.of(
            "Wij zoeken een lasser voor MIG/MAG lassen van stalen constructies. Een heftruckcertificaat is een pré."
                    + " Je leest technische tekeningen en werkt veilig volgens VCA.",
            "Als verpleegkundige verzorg je patiënten en dien je medicijnen toe. Je werkt in teamverband en"
                    + " rapporteert in het elektronisch patiëntendossier.",
            "Wij zoeken een kok die de keuken leidt, menu's samenstelt en de voorraad beheert. Je werkt met verse"
                    + " producten en let op voedselveiligheid.");

    private static final String OTHER = "Over ons: een familiebedrijf met vijftig medewerkers in de regio. ";

    @Test
    void aTextYieldsTheSameWhetherItsSentencesWereMetBeforeOrNot() {
        for (String text : TEXTS) {
            extraction.forgetSentences();
            Extraction afresh = extraction.extract(new ExtractionRequest(text, "nl", 20));

            extraction.forgetSentences();
            // the same sentences at other places, in another order, after another sentence
            String[] sentences = text.split("(?<=\\.) ");
            StringBuilder elsewhere = new StringBuilder(OTHER);
            for (int i = sentences.length - 1; i >= 0; i--) {
                elsewhere.append(sentences[i]).append(' ');
            }
            extraction.extract(new ExtractionRequest(elsewhere.toString().strip(), "nl", 20));
            Extraction remembered = extraction.extract(new ExtractionRequest(text, "nl", 20));

            assertThat(remembered).as(text).isEqualTo(afresh);
            assertThat(afresh.skills()).as(text).isNotEmpty();
        }
    }
}
