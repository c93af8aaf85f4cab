package nl.werkpad.europass.web;

import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.europass.Europass;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The resident's Europass: download the passport as a Europass CV (XML), and upload a Europass CV (XML or PDF) into
 * the passport's own "from a CV" step, where the resident ticks what goes into the passport as with any CV. Works
 * without JavaScript.
 */
@Controller
@PreAuthorize("hasRole('INWONER')")
class EuropassPages {

    private final Europass europass;
    private final Passports passports;

    EuropassPages(Europass europass, Passports passports) {
        this.europass = europass;
        this.passports = passports;
    }

    @GetMapping(value = "/paspoort/europass.xml", produces = "application/xml")
    ResponseEntity<String> download(SignedInUser me) {
        UUID person = passports.ownPersonId(me).orElseThrow(() -> NotFound.of("passport", me.accountId()));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=europass-cv.xml")
                .body(europass.export(person, me));
    }

    @GetMapping("/paspoort/europass")
    String form() {
        return "europass/upload";
    }
}
