package nl.werkpad.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.domain.VoucherStatus;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.web.PageActions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A provider's vouchers: the ones for its own offers, redeemed when the person starts (statements: {@link StatementPages}). */
@Controller
@RequestMapping("/opleider/vouchers")
@PreAuthorize("hasRole('OPLEIDER')")
class ProviderVoucherPages {

    private final Fund fund;
    private final Organisations organisations;

    private final Clock clock;

    ProviderVoucherPages(Fund fund, Organisations organisations, Clock clock) {
        this.clock = clock;
        this.fund = fund;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(required = false) VoucherStatus status, Model model, SignedInUser user) {
        List<Organisation> own = organisations.of(user.accountId());
        model.addAttribute("organisations", own);
        model.addAttribute("status", status);
        model.addAttribute("statuses", VoucherStatus.values());
        model.addAttribute(
                "vouchers",
                own.stream()
                        .flatMap(o -> fund.vouchers(new VoucherFilter(o.id(), null, status, null, 500), user).stream())
                        .toList());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("monthStart", LocalDate.now(clock).withDayOfMonth(1));
        return "fund/provider-vouchers";
    }

    @PostMapping("/{id}/verzilveren")
    String redeem(@PathVariable UUID id, RedirectAttributes redirect, SignedInUser user) {
        PageActions.attempt(redirect, "refused", () -> {
            fund.redeem(id, "redeem-" + id, user);
            redirect.addFlashAttribute("redeemed", true);
        });
        return "redirect:/opleider/vouchers";
    }
}
