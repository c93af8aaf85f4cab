package nl.werkpad.ecosystem.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.CoalitionRefused;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.Money;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.web.PageActions;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coalitions that policy makers keep, from idea to decision, with their purpose case (partners and what each
 * contributes), and the public grant check that tells a coalition whether the regional fund could finance it.
 */
@Controller
class CoalitionPages {

    /** Rows for partners on the purpose case form. */
    private static final int PARTNER_ROWS = 6;

    private final Ecosystem ecosystem;

    CoalitionPages(Ecosystem ecosystem) {
        this.ecosystem = ecosystem;
    }

    @Bean
    static PublicPath grantCheckIsPublic() {
        return PublicPath.any("/ecosysteem/subsidietoets");
    }

    // ---- grant check

    @GetMapping("/ecosysteem/subsidietoets")
    String grantForm(Model model) {
        model.addAttribute("conditions", GrantCheck.CampusCondition.values());
        model.addAttribute("scales", GrantCheck.Scale.values());
        return "ecosystem/grant-check";
    }

    @PostMapping("/ecosysteem/subsidietoets")
    String grantCheck(
            @RequestParam(defaultValue = "false") boolean business,
            @RequestParam(defaultValue = "false") boolean education,
            @RequestParam(defaultValue = "false") boolean government,
            @RequestParam(required = false) GrantCheck.Scale scale,
            @RequestParam(defaultValue = "false") boolean regularFundingPossible,
            @RequestParam(defaultValue = "false") boolean statutoryTask,
            @RequestParam(defaultValue = "false") boolean duplicatesExisting,
            @RequestParam(defaultValue = "false") boolean manifestSigned,
            @RequestParam(defaultValue = "false") boolean purposeCase,
            @RequestParam(required = false) List<GrantCheck.CampusCondition> conditions,
            Model model) {
        GrantCheck.Facts facts = new GrantCheck.Facts(
                business,
                education,
                government,
                scale,
                regularFundingPossible,
                statutoryTask,
                duplicatesExisting,
                manifestSigned,
                purposeCase,
                conditions == null ? EnumSet.noneOf(GrantCheck.CampusCondition.class) : EnumSet.copyOf(conditions));
        List<RuleCheck> checks = ecosystem.grantCheck(facts);
        model.addAttribute("facts", facts);
        model.addAttribute("checks", checks);
        model.addAttribute("eligible", RuleCheck.allPass(checks));
        return grantForm(model);
    }

    // ---- coalitions

    @GetMapping("/ecosysteem/coalities")
    String coalitions(Model model) {
        model.addAttribute("coalitions", ecosystem.coalitions());
        model.addAttribute("mayEdit", EcosystemPages.mayEdit());
        return "ecosystem/coalitions";
    }

    @PostMapping("/ecosysteem/coalities")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String createCoalition(
            @RequestParam(defaultValue = "") @Size(max = Limits.NAME) String name,
            @RequestParam(defaultValue = "") @Size(max = Limits.SHORT) String actionRef,
            @RequestParam(defaultValue = "") @Size(max = Limits.NAME) String driver,
            RedirectAttributes redirect,
            SignedInUser user) {
        try {
            Coalition c = ecosystem.createCoalition(new Ecosystem.NewCoalition(name, actionRef, driver), user);
            return "redirect:/ecosysteem/coalities/" + c.id();
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
            return "redirect:/ecosysteem/coalities";
        }
    }

    @GetMapping("/ecosysteem/coalities/{id}")
    String coalition(@PathVariable UUID id, Locale locale, Model model) {
        Coalition c = ecosystem.coalition(id).orElseThrow(() -> NotFound.of("coalition", id));
        model.addAttribute("coalition", c);
        List<PartnerRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(PARTNER_ROWS, c.partners().size() + 1); i++) {
            rows.add(
                    i < c.partners().size()
                            ? new PartnerRow(
                                    i,
                                    c.partners().get(i).name(),
                                    c.partners().get(i).helix().name(),
                                    Money.ofCents(c.partners().get(i).contributionCents())
                                            .amount(locale),
                                    c.commitments().get(i))
                            : new PartnerRow(i, "", "", "", ""));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("helices", PurposeCase.Helix.values());
        model.addAttribute("next", c.phase().next());
        model.addAttribute("mayEdit", EcosystemPages.mayEdit());
        return "ecosystem/coalition";
    }

    @PostMapping("/ecosysteem/coalities/{id}/purpose-case")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String purposeCase(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") @Size(max = Limits.DESCRIPTION) String problem,
            @RequestParam(defaultValue = "") @Size(max = Limits.DESCRIPTION) String intendedResult,
            @RequestParam(defaultValue = "") @Size(max = Limits.NOTE) String decision,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect,
            SignedInUser user) {
        List<Ecosystem.PartnerInput> partners = new ArrayList<>();
        PageActions.attempt(redirect, "problem", () -> {
            for (int i = 0; form.containsKey("partner" + i + ".name"); i++) {
                String name = form.get("partner" + i + ".name").strip();
                if (name.isEmpty()) {
                    continue;
                }
                String helix = form.getOrDefault("partner" + i + ".helix", "");
                partners.add(new Ecosystem.PartnerInput(
                        name,
                        helix.isEmpty() ? null : PurposeCase.Helix.valueOf(helix),
                        cents(form.getOrDefault("partner" + i + ".euros", "")),
                        form.getOrDefault("partner" + i + ".commitment", "")));
            }
            ecosystem.writePurposeCase(
                    id, new Ecosystem.PurposeCaseInput(problem, intendedResult, partners, decision), user);
            redirect.addFlashAttribute("saved", true);
        });
        return "redirect:/ecosysteem/coalities/" + id;
    }

    @PostMapping("/ecosysteem/coalities/{id}/fase")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String move(
            @PathVariable UUID id,
            @RequestParam CoalitionPhase phase,
            @RequestParam(defaultValue = "") @Size(max = Limits.NOTE) String reason,
            RedirectAttributes redirect,
            SignedInUser user) {
        try {
            ecosystem.move(id, phase, reason, user);
            redirect.addFlashAttribute("moved", phase.name());
        } catch (CoalitionRefused e) {
            redirect.addFlashAttribute("refused", e.rule());
            redirect.addFlashAttribute("refusedChecks", e.checks());
        }
        return "redirect:/ecosysteem/coalities/" + id;
    }

    /** A contribution as typed ("10,50", "1.234", "€ 10"); an empty field contributes nothing. */
    private static long cents(String euros) {
        try {
            Money money = Money.parse(euros);
            return money == null ? 0 : money.cents();
        } catch (Money.NotAnAmount e) {
            throw RuleViolation.of("coalition.contribution-invalid", "Not an amount: " + euros);
        }
    }
}
