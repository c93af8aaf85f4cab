package nl.werkpad.fund.web;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.DevelopmentAccount.Line;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.domain.FundingRule.EmployerSector;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.passport.Passports;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.web.PageActions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The development account: the resident's own (open it, see per source what is available, reserved, spent and
 * expiring, cancel a voucher, let an employer ask for vouchers), and the same account as an advisor or fund
 * manager sees it.
 */
@Controller
class DevelopmentAccountPages {

    private final Fund fund;
    private final Passports passports;
    private final Organisations organisations;

    DevelopmentAccountPages(Fund fund, Passports passports, Organisations organisations) {
        this.fund = fund;
        this.passports = passports;
        this.organisations = organisations;
    }

    /** The sources that pay only when an employer asks for the voucher (an employer-sector condition). */
    private Set<UUID> employerOnly() {
        return fund.sources().stream()
                .filter(source -> source.rules().stream().anyMatch(rule -> rule instanceof EmployerSector))
                .map(FundingSource::id)
                .collect(Collectors.toSet());
    }

    @GetMapping("/mijn/ontwikkelrekening")
    @PreAuthorize("hasRole('INWONER')")
    String mine(Model model, SignedInUser user) {
        Optional<UUID> person = passports.ownPersonId(user);
        if (person.isEmpty()) {
            return "fund/no-passport";
        }
        return account(person.get(), true, model, user);
    }

    @GetMapping("/ontwikkelrekening/{person}")
    @PreAuthorize("hasAnyRole('ADVISEUR', 'FONDSBEHEERDER', 'BEHEERDER')")
    String ofPerson(@PathVariable UUID person, Model model, SignedInUser user) {
        return account(person, false, model, user);
    }

    private String account(UUID person, boolean own, Model model, SignedInUser user) {
        var account = fund.account(person, user);
        model.addAttribute("account", account);
        // a source only an employer can ask (the mkb-route) is not the resident's to use: named as such, not counted
        Set<UUID> viaEmployer = employerOnly();
        model.addAttribute("viaEmployer", viaEmployer);
        model.addAttribute(
                "usable",
                account.lines().stream()
                        .filter(l -> l.eligible() && !viaEmployer.contains(l.source()))
                        .mapToLong(Line::available)
                        .sum());
        model.addAttribute(
                "leftOut", account.lines().stream().anyMatch(l -> l.eligible() && viaEmployer.contains(l.source())));
        model.addAttribute("own", own);
        model.addAttribute("targetGroups", AccountHolder.TARGET_GROUPS);
        model.addAttribute("key", UUID.randomUUID());
        if (own && account.open()) {
            model.addAttribute("employers", fund.employersAllowedBy(person, user));
        }
        return "fund/account";
    }

    @PostMapping("/mijn/ontwikkelrekening")
    @PreAuthorize("hasRole('INWONER')")
    String open(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
            @RequestParam(required = false) Set<String> targetGroups,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        UUID person = passports.ownPersonId(user).orElseThrow();
        try {
            fund.openAccount(
                    person, new AccountHolder(birthDate, targetGroups == null ? Set.of() : targetGroups), user);
            redirect.addFlashAttribute("opened", true);
            return "redirect:/mijn/ontwikkelrekening";
        } catch (RuleViolation e) {
            model.addAttribute("openError", e.rule());
            model.addAttribute("birthDate", birthDate);
            return account(person, true, model, user);
        }
    }

    @PostMapping("/mijn/ontwikkelrekening/werkgevers")
    @PreAuthorize("hasRole('INWONER')")
    String employer(
            @RequestParam(required = false) @Size(max = Limits.CODE) String kvk,
            @RequestParam(required = false) UUID employer,
            @RequestParam boolean allowed,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        UUID person = passports.ownPersonId(user).orElseThrow();
        try {
            UUID organisation = employer != null
                    ? employer
                    : organisations
                            .byKvkNumber(kvk == null ? "" : kvk.strip())
                            .map(Organisation::id)
                            .orElseThrow(() ->
                                    FundRefused.by("account.employer-unknown", "no organisation with that KvK number"));
            fund.allowEmployer(person, organisation, allowed, user);
            redirect.addFlashAttribute("employerChanged", allowed);
            return "redirect:/mijn/ontwikkelrekening";
        } catch (RuleViolation e) {
            model.addAttribute("employerError", e.rule());
            model.addAttribute("kvk", kvk);
            return account(person, true, model, user);
        }
    }

    @PostMapping("/vouchers/{id}/annuleren")
    String cancel(
            @PathVariable UUID id,
            @RequestParam String key,
            @RequestParam(defaultValue = "/mijn/ontwikkelrekening") String back,
            RedirectAttributes redirect,
            SignedInUser user) {
        PageActions.attempt(redirect, "refused", () -> {
            fund.cancel(id, key, user);
            redirect.addFlashAttribute("cancelled", true);
        });
        return "redirect:" + (back.startsWith("/") && !back.startsWith("//") ? back : "/mijn/ontwikkelrekening");
    }
}
