package nl.werkpad.fund.web;

import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.Quote;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.Text;
import nl.werkpad.web.PageActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking for a voucher: the split with every rule that decided it, then a confirmation that carries an
 * idempotency key (a double click or a reload issues one voucher). For a resident themselves, an advisor for
 * their client, or an employer for an employee who allowed it.
 */
@Controller
@PreAuthorize("hasAnyRole('INWONER', 'ADVISEUR', 'WERKGEVER')")
class VoucherRequestPages {

    private final Fund fund;
    private final Passports passports;

    VoucherRequestPages(Fund fund, Passports passports) {
        this.fund = fund;
        this.passports = passports;
    }

    @GetMapping("/vouchers/aanvragen")
    String quote(
            @RequestParam("aanbod") UUID offer,
            @RequestParam(name = "persoon", required = false) UUID person,
            @RequestParam(name = "werkgever", required = false) UUID employer,
            @RequestParam(name = "beroep", required = false) String occupation,
            Model model,
            SignedInUser user) {
        Optional<UUID> who = person != null ? Optional.of(person) : passports.ownPersonId(user);
        if (who.isEmpty()) {
            return "fund/no-passport";
        }
        VoucherRequest request = new VoucherRequest(who.get(), offer, Text.blankToNull(occupation), employer, null);
        model.addAttribute("request", request);
        model.addAttribute("key", UUID.randomUUID());
        PageActions.attempt(model, "refused", () -> {
            Quote quote = fund.quote(request, user);
            model.addAttribute("quote", quote);
        });
        return "fund/quote";
    }

    @PostMapping("/vouchers/aanvragen")
    String issue(
            @RequestParam UUID person,
            @RequestParam UUID offer,
            @RequestParam(required = false) UUID employer,
            @RequestParam(required = false) String occupation,
            @RequestParam long maxOwnCents,
            @RequestParam String key,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        VoucherRequest request = new VoucherRequest(person, offer, Text.blankToNull(occupation), employer, maxOwnCents);
        try {
            Voucher voucher = fund.issue(request, key, user).result();
            redirect.addFlashAttribute("issued", voucher.offerTitle());
            return "redirect:" + after(voucher, user);
        } catch (RuleViolation e) {
            model.addAttribute("issueRefused", e.rule());
            return quote(offer, person, employer, occupation, model, user);
        }
    }

    private static String after(Voucher voucher, SignedInUser user) {
        if (voucher.employer() != null) {
            return "/werkgever/vouchers";
        }
        return user.has(Role.ADVISEUR) && !user.has(Role.INWONER)
                ? "/ontwikkelrekening/" + voucher.person()
                : "/mijn/ontwikkelrekening";
    }
}
