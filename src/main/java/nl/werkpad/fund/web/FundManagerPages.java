package nl.werkpad.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.domain.SourceMode;
import nl.werkpad.fund.domain.VoucherStatus;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Money;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.web.PageActions;
import nl.werkpad.web.RuleErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fund manager: money per source and year, a source's rules, budgets and vouchers, new sources, statements, the ledger check. */
@Controller
@RequestMapping("/fonds")
@PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
class FundManagerPages {

    private static final Map<String, String> FIELD_OF_RULE = Map.of(
            "source.code-invalid",
            "code",
            "source.code-taken",
            "code",
            "source.name-required",
            "name",
            "source.kind-required",
            "kind",
            "source.validity-invalid",
            "validUntil",
            "source.allowance-required",
            "allowance",
            "source.rule-invalid",
            "maxShare");

    private final Fund fund;

    /** The SBI sections A–U, shown by their names (messages {@code sbi.X}). */
    private static final List<String> SECTORS = "ABCDEFGHIJKLMNOPQRSTU"
            .chars()
            .mapToObj(c -> String.valueOf((char) c))
            .toList();

    private final Regions regions;

    private final Clock clock;

    FundManagerPages(Fund fund, Regions regions, Clock clock) {
        this.clock = clock;
        this.regions = regions;
        this.fund = fund;
    }

    @GetMapping
    String overview(@RequestParam(name = "jaar", required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("overview", fund.overview(shown));
        model.addAttribute("providers", fund.providers());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("monthStart", LocalDate.now(clock).withDayOfMonth(1));
        return "fund/overview";
    }

    @GetMapping("/bronnen/{id}")
    String source(
            @PathVariable UUID id,
            @RequestParam(required = false) VoucherStatus status,
            Model model,
            SignedInUser user) {
        model.addAttribute("source", fund.source(id));
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoucherStatus.values());
        model.addAttribute("vouchers", fund.vouchers(new VoucherFilter(null, null, status, id, 500), user));
        model.addAttribute("key", UUID.randomUUID());
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return "fund/source";
    }

    @PostMapping("/bronnen/{id}/budget")
    String budget(
            @PathVariable UUID id,
            @RequestParam int year,
            @RequestParam(required = false) Money amount,
            @RequestParam String key,
            RedirectAttributes redirect,
            SignedInUser user) {
        PageActions.attempt(redirect, "refused", () -> {
            fund.addBudget(id, year, amount == null ? 0 : amount.cents(), key, user);
            redirect.addFlashAttribute("budgetAdded", true);
        });
        return "redirect:/fonds/bronnen/" + id;
    }

    @GetMapping("/bronnen/nieuw")
    String newSource(Model model) {
        return form(SourceForm.empty(clock), model);
    }

    @PostMapping("/bronnen")
    String create(
            @ModelAttribute("form") SourceForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        if (errors.hasErrors()) {
            return form(form, model);
        }
        List<String> municipalityCodes = new ArrayList<>();
        for (String typed : form.municipalityNames()) {
            regions.municipalityByNameOrCode(typed)
                    .ifPresentOrElse(
                            m -> municipalityCodes.add(m.code()),
                            () -> errors.rejectValue(
                                    "municipalities",
                                    "fund.sourceForm.municipalityUnknown",
                                    new Object[] {typed},
                                    typed));
        }
        if (errors.hasErrors()) {
            return form(form, model);
        }
        try {
            FundingSource created = fund.register(form.input(municipalityCodes), user);
            redirect.addFlashAttribute("created", created.name());
            return "redirect:/fonds/bronnen/" + created.id();
        } catch (RuleViolation e) {
            RuleErrors.reject(errors, e, FIELD_OF_RULE, "name");
            return form(form, model);
        }
    }

    private String form(SourceForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", FundingSource.SourceKind.values());
        model.addAttribute("modes", SourceMode.values());
        model.addAttribute("statuses", LabourMarketStatus.values());
        model.addAttribute("targetGroups", AccountHolder.TARGET_GROUPS);
        model.addAttribute("regionsByProvince", regions.labourMarketRegionsByProvince());
        model.addAttribute("provinces", regions.provinces());
        model.addAttribute("sectors", SECTORS);
        model.addAttribute("collections", List.of("digital", "green", "transversal", "language", "research"));
        return "fund/source-form";
    }

    @GetMapping("/grootboek")
    String ledger(Model model) {
        model.addAttribute("report", fund.checkLedger());
        return "fund/ledger";
    }
}
