package nl.werkpad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The page guard's eye: it sees codes, enum values and message keys, and leaves names and marked codes alone. */
class VisibleCodesTests {

    @Test
    void findsCodesEnumValuesAndMessageKeysInWhatAPersonReads() throws Exception {
        VisibleCodes codes = VisibleCodes.ofWerkpad();
        String text = VisibleCodes.visibleText(Jsoup.parse("""
                <html><head><title>passport.title</title></head><body>
                <p>Woont in: PV27, AM12 of GM0361</p><p>Status: JOB_SEEKER, NOT_ACTIVE</p><p>Rol: ADVISEUR</p>
                <p>??fund.account.title_nl??</p><p>Doelgroep: career-switch-technology</p>
                <button aria-label="Status OPEN_FOR_ALL">x</button></body></html>"""));
        assertThat(String.join("\\n", codes.find(text)))
                .contains(
                        "'PV27'",
                        "'AM12'",
                        "'GM0361'",
                        "'JOB_SEEKER'",
                        "'NOT_ACTIVE'",
                        "'ADVISEUR'",
                        "'??fund.account.title_nl??'",
                        "'passport.title'",
                        "'career-switch-technology'",
                        "'OPEN_FOR_ALL'");
    }

    @Test
    void leavesNamesWordsAndCodesMarkedForProfessionalsAlone() throws Exception {
        VisibleCodes codes = VisibleCodes.ofWerkpad();
        String text = VisibleCodes.visibleText(Jsoup.parse("""
                <html><body><p>Woont in Alkmaar of Noord-Holland. ESCO en ISCO 7212; mail info@werkpad.nl, zie werkpad.nl.</p>
                <p>Alkmaar <span class="muted" data-code>(GM0361)</span></p><script>var x = "PV27";</script>
                <p>Een mkb-route voor zij-instromers, 45 jaar of ouder.</p></body></html>"""));
        assertThat(codes.find(text)).isEmpty();
        assertThat(codes.findJargon("U krijgt een voucher uit motie 42")).hasSize(1);
    }
}
