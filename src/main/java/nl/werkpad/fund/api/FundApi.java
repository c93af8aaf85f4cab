package nl.werkpad.fund.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.fund.AccountHolder;
import nl.werkpad.fund.DevelopmentAccount;
import nl.werkpad.fund.Fund;
import nl.werkpad.fund.FundingSource;
import nl.werkpad.fund.FundingSourceInput;
import nl.werkpad.fund.LedgerReport;
import nl.werkpad.fund.Quote;
import nl.werkpad.fund.SourceOverview;
import nl.werkpad.fund.Statement;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.VoucherRequest;
import nl.werkpad.fund.domain.VoucherStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The development fund. Requests that move money take an {@code Idempotency-Key} header; a replay answers 200
 * with {@code Idempotent-Replayed: true} and the first result.
 */
@RestController
@Tag(name = "Ontwikkelfonds / development fund")
class FundApi {

    private static final String KEY = "Idempotency-Key";

    record NewBudget(int year, long amountCents) {
    }

    private final Fund fund;

    FundApi(Fund fund) {
        this.fund = fund;
    }

    @Bean
    static PublicPath fundingSourcesArePublic() {
        return PublicPath.get("/api/v1/funding-sources/**");
    }

    @Bean
    static PublicPath fundingSourceListIsPublic() {
        return PublicPath.get("/api/v1/funding-sources");
    }

    @GetMapping("/api/v1/funding-sources")
    @Operation(summary = "Financieringsbronnen met budgetten en regels / funding sources with budgets and rules")
    List<FundingSource> sources() {
        return fund.sources();
    }

    @GetMapping("/api/v1/funding-sources/{id}")
    FundingSource source(@PathVariable UUID id) {
        return fund.source(id);
    }

    @PostMapping("/api/v1/funding-sources")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
    @Operation(summary = "Nieuwe financieringsbron met regels als data / register a funding source")
    ResponseEntity<FundingSource> register(@RequestBody FundingSourceInput body) {
        FundingSource created = fund.register(body, user());
        return ResponseEntity.created(URI.create("/api/v1/funding-sources/" + created.id())).body(created);
    }

    @PostMapping("/api/v1/funding-sources/{id}/budgets")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
    @Operation(summary = "Budget voor een jaar toevoegen / add a year's budget (Idempotency-Key)")
    ResponseEntity<FundingSource> budget(@PathVariable UUID id, @RequestBody NewBudget body,
                                         @RequestHeader(name = KEY, required = false) String key) {
        return answer(fund.addBudget(id, body.year(), body.amountCents(), key, user()), "/api/v1/funding-sources/" + id);
    }

    @GetMapping("/api/v1/persons/{id}/development-account")
    @Operation(summary = "Ontwikkelrekening: per bron beschikbaar, gereserveerd, besteed, vervalt / development account")
    DevelopmentAccount account(@PathVariable UUID id) {
        return fund.account(id, user());
    }

    @PutMapping("/api/v1/persons/{id}/development-account")
    @Operation(summary = "Ontwikkelrekening openen of gegevens bijwerken / open the account (birth date, target groups)")
    DevelopmentAccount open(@PathVariable UUID id, @RequestBody AccountHolder body) {
        return fund.openAccount(id, new AccountHolder(body.birthDate(), body.targetGroups() == null ? Set.of() : body.targetGroups()), user());
    }

    @PutMapping("/api/v1/persons/{id}/development-account/employers/{organisation}")
    @Operation(summary = "Werkgever mag vouchers aanvragen (toestemming) / let an employer ask for vouchers")
    ResponseEntity<Void> allowEmployer(@PathVariable UUID id, @PathVariable UUID organisation) {
        fund.allowEmployer(id, organisation, true, user());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/persons/{id}/development-account/employers/{organisation}")
    ResponseEntity<Void> withdrawEmployer(@PathVariable UUID id, @PathVariable UUID organisation) {
        fund.allowEmployer(id, organisation, false, user());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/vouchers/quotes")
    @Operation(summary = "Verdeling voor een voucher, niets gereserveerd / the split of a voucher, nothing reserved")
    Quote quote(@RequestBody VoucherRequest body) {
        return fund.quote(body, user());
    }

    @PostMapping("/api/v1/vouchers")
    @Operation(summary = "Voucher aanvragen (Idempotency-Key) / issue a voucher, reserving its money")
    ResponseEntity<Voucher> issue(@RequestBody VoucherRequest body, @RequestHeader(name = KEY, required = false) String key) {
        Fund.Moved<Voucher> moved = fund.issue(body, key, user());
        return answer(moved, "/api/v1/vouchers/" + moved.result().id());
    }

    @PostMapping("/api/v1/vouchers/{id}/redemption")
    @Operation(summary = "Voucher verzilveren bij de start (opleider) / redeem at the start (provider)")
    ResponseEntity<Voucher> redeem(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key) {
        return answer(fund.redeem(id, key, user()), null);
    }

    @PostMapping("/api/v1/vouchers/{id}/cancellation")
    @Operation(summary = "Voucher annuleren vóór de start, geld vrij / cancel before the start, releasing the money")
    ResponseEntity<Voucher> cancel(@PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key) {
        return answer(fund.cancel(id, key, user()), null);
    }

    @GetMapping("/api/v1/vouchers")
    @Operation(summary = "Vouchers die u mag zien / vouchers visible to you")
    List<Voucher> vouchers(@RequestParam(required = false) UUID provider, @RequestParam(required = false) UUID person,
                           @RequestParam(required = false) VoucherStatus status, @RequestParam(required = false) UUID source,
                           @RequestParam(defaultValue = "200") int limit) {
        return fund.vouchers(new VoucherFilter(provider, person, status, source, limit), user());
    }

    @GetMapping("/api/v1/vouchers/{id}")
    Voucher voucher(@PathVariable UUID id) {
        return fund.voucher(id, user());
    }

    @GetMapping("/api/v1/fund/overview")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER', 'BELEID')")
    @Operation(summary = "Per bron: budget, toegekend, gereserveerd, besteed, over / per source and year")
    List<SourceOverview> overview(@RequestParam(required = false) Integer year) {
        return fund.overview(year == null ? LocalDate.now().getYear() : year);
    }

    @GetMapping(value = "/api/v1/fund/statements", produces = {"application/json", "text/csv"})
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER', 'OPLEIDER')")
    @Operation(summary = "Afrekening per opleider en periode (JSON of CSV) / statement per provider and period")
    ResponseEntity<?> statement(@RequestParam UUID provider,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(required = false) String format) {
        Statement statement = fund.statement(provider, from, to, user());
        if ("csv".equals(format)) {
            return ResponseEntity.ok().header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"afrekening-" + from + "-" + to + ".csv\"")
                    .body(StatementCsv.of(statement));
        }
        return ResponseEntity.ok(statement);
    }

    @GetMapping("/api/v1/fund/ledger/balance-check")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
    @Operation(summary = "Proefbalans en alle invarianten van het grootboek / trial balance and ledger invariants")
    LedgerReport balanceCheck() {
        return fund.checkLedger();
    }

    private static <T> ResponseEntity<T> answer(Fund.Moved<T> moved, String created) {
        if (moved.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(moved.result());
        }
        return created == null ? ResponseEntity.ok(moved.result())
                : ResponseEntity.created(URI.create(created)).body(moved.result());
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
