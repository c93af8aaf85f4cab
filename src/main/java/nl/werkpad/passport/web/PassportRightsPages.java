package nl.werkpad.passport.web;

import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.domain.ConsentRules;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.Decision.Rejected;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident's rights over their passport: whom they allow what (consents), a download of everything Werkpad holds
 * about them, a print view, and erasure. Part of "my passport" ({@link ResidentPassportPages}).
 */
@Controller
@RequestMapping("/paspoort")
@PreAuthorize("hasRole('INWONER')")
class PassportRightsPages {

    private final Passports passports;
    private final Consents consents;
    private final Accounts accounts;

    PassportRightsPages(Passports passports, Consents consents, Accounts accounts) {
        this.passports = passports;
        this.consents = consents;
        this.accounts = accounts;
    }

    @PostMapping("/toestemming")
    String consent(
            @RequestParam Purpose purpose,
            @RequestParam boolean given,
            @RequestParam(required = false) UUID grantee,
            RedirectAttributes redirect,
            SignedInUser user) {
        UUID person = passports.ownPersonId(user).orElseThrow();
        UUID to = purpose == Purpose.ADVISOR ? grantee : null;
        boolean advisor = to != null
                && accounts.byId(to).map(a -> a.roles().contains(Role.ADVISEUR)).orElse(false);
        if (given && ConsentRules.grantee(purpose, to, advisor) instanceof Rejected rejected) {
            redirect.addFlashAttribute("problem", rejected.rule());
        } else if (purpose == Purpose.ADVISOR && to == null) {
            redirect.addFlashAttribute("problem", "consent.grantee");
        } else if (given) {
            consents.give(person, purpose, to, user.accountId());
        } else {
            consents.withdraw(person, purpose, to, user.accountId());
        }
        return "redirect:/paspoort#toestemming";
    }

    @GetMapping("/download")
    ResponseEntity<Map<String, Object>> download(SignedInUser user) {
        UUID person = passports.ownPersonId(user).orElseThrow();
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=mijn-werkpad-gegevens.json")
                .body(passports.export(person, user));
    }

    @GetMapping("/afdrukken")
    String print(Model model, SignedInUser user) {
        model.addAttribute(
                "passport", passports.read(passports.ownPersonId(user).orElseThrow(), user, "eigen inzage"));
        return "passport/print";
    }

    @PostMapping("/wissen")
    String erase(
            @RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect, SignedInUser user) {
        if (!confirm) {
            redirect.addFlashAttribute("problem", "passport.erase-confirm");
            return "redirect:/paspoort#wissen";
        }
        passports.erase(passports.ownPersonId(user).orElseThrow(), user);
        redirect.addFlashAttribute("erased", true);
        return "redirect:/paspoort";
    }
}
