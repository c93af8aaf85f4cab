package nl.werkpad.fund.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.Statement;
import nl.werkpad.fund.api.StatementCsv;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * A provider's statement of vouchers for a period, as a page and as CSV: for the provider (under its vouchers) and for
 * the fund's managers (under the fund). Who may read whose statement is the fund's rule ({@link Fund#statement}).
 */
@Controller
@PreAuthorize("hasAnyRole('OPLEIDER', 'FONDSBEHEERDER', 'BEHEERDER')")
class StatementPages {

    private final Fund fund;

    StatementPages(Fund fund) {
        this.fund = fund;
    }

    @GetMapping({"/opleider/vouchers/afrekening", "/fonds/afrekening"})
    String statement(
            @RequestParam("aanbieder") UUID provider,
            @RequestParam("van") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("tot") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest request,
            Model model,
            SignedInUser user) {
        model.addAttribute("statement", fund.statement(provider, from, to, user));
        model.addAttribute("csv", request.getServletPath() + ".csv");
        return "fund/statement";
    }

    @GetMapping(
            value = {"/opleider/vouchers/afrekening.csv", "/fonds/afrekening.csv"},
            produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> csv(
            @RequestParam("aanbieder") UUID provider,
            @RequestParam("van") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam("tot") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            SignedInUser user) {
        Statement statement = fund.statement(provider, from, to, user);
        return ResponseEntity.ok()
                .header("Content-Type", "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"afrekening-" + statement.from() + "-" + statement.to() + ".csv\"")
                .body(StatementCsv.of(statement));
    }
}
