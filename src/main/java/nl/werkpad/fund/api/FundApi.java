package nl.werkpad.fund.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
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
class FundApi {

    private static final String KEY = "Idempotency-Key";

    record NewBudget(int year, long amountCents) {}

    private final Fund fund;

    private final Clock clock;

    FundApi(Fund fund, Clock clock) {
        this.clock = clock;
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
    @Operation(
            summary = "Financieringsbronnen met budgetten en regels / funding sources with budgets and rules",
            description =
                    "Alle financieringsbronnen van het ontwikkelfonds met hun budgetten per jaar en de regels (maxima, eigen bijdrage, doelgroepen) als gegevens. Openbaar. / Every funding source with its yearly budgets and rules; public.")
    List<FundingSource> sources() {
        return fund.sources();
    }

    @GetMapping("/api/v1/funding-sources/{id}")
    @Operation(
            summary = "Eén financieringsbron / one funding source",
            description =
                    "Eén financieringsbron met budgetten en regels. Openbaar. / One funding source with budgets and rules; public.")
    FundingSource source(@PathVariable UUID id) {
        return fund.source(id);
    }

    @PostMapping("/api/v1/funding-sources")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
    @Operation(
            summary = "Nieuwe financieringsbron met regels als data / register a funding source",
            description =
                    "Registreert een nieuwe financieringsbron met haar regels als gegevens. Alleen fondsbeheerders en beheerders. / Registers a funding source with its rules; fund managers and administrators.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<FundingSource> register(@RequestBody FundingSourceInput body, SignedInUser user) {
        FundingSource created = fund.register(body, user);
        return ResponseEntity.created(URI.create("/api/v1/funding-sources/" + created.id()))
                .body(created);
    }

    @PostMapping("/api/v1/funding-sources/{id}/budgets")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
    @Operation(
            summary = "Budget voor een jaar toevoegen / add a year's budget (Idempotency-Key)",
            description =
                    "Voegt budget voor een jaar toe aan een bron; een grootboekregel die niet meer verandert. Met een Idempotency-Key geeft dezelfde aanvraag nog eens 200 met Idempotent-Replayed en het eerste resultaat. Alleen fondsbeheerders en beheerders. / Adds a year's budget as a ledger entry; replays answer 200; fund managers and administrators.")
    @ApiResponse(responseCode = "201", description = "Toegevoegd / added")
    @ApiResponse(
            responseCode = "200",
            description = "Herhaling van een eerdere aanvraag met dezelfde Idempotency-Key / replay")
    ResponseEntity<FundingSource> budget(
            @PathVariable UUID id,
            @RequestBody NewBudget body,
            @RequestHeader(name = KEY, required = false) String key,
            SignedInUser user) {
        return answer(fund.addBudget(id, body.year(), body.amountCents(), key, user), "/api/v1/funding-sources/" + id);
    }

    @GetMapping("/api/v1/persons/{id}/development-account")
    @Operation(
            summary = "Ontwikkelrekening: per bron beschikbaar, gereserveerd, besteed, vervalt / development account",
            description =
                    "Per financieringsbron wat beschikbaar, gereserveerd, besteed en vervallen is, met de reden. Voor de inwoner zelf en diens adviseur met toestemming. / A person's development account per source; the resident and their consented advisor.")
    DevelopmentAccount account(@PathVariable UUID id, SignedInUser user) {
        return fund.account(id, user);
    }

    @PutMapping("/api/v1/persons/{id}/development-account")
    @Operation(
            summary = "Ontwikkelrekening openen of gegevens bijwerken / open the account (birth date, target groups)",
            description =
                    "Opent de ontwikkelrekening of werkt geboortedatum en doelgroepen bij; die bepalen waar de inwoner recht op heeft. Voor de inwoner zelf en diens adviseur met toestemming. / Opens the account or updates birth date and target groups; the resident or their advisor.")
    DevelopmentAccount open(@PathVariable UUID id, @RequestBody AccountHolder body, SignedInUser user) {
        return fund.openAccount(
                id,
                new AccountHolder(body.birthDate(), body.targetGroups() == null ? Set.of() : body.targetGroups()),
                user);
    }

    @PutMapping("/api/v1/persons/{id}/development-account/employers/{organisation}")
    @Operation(
            summary = "Werkgever mag vouchers aanvragen (toestemming) / let an employer ask for vouchers",
            description =
                    "Geeft een werkgever toestemming om vouchers voor deze inwoner aan te vragen (de mkb-route). Alleen de inwoner zelf. / Lets an employer ask for vouchers for this resident; the resident only.")
    @ApiResponse(responseCode = "204", description = "Gedaan, geen inhoud / done, no content")
    ResponseEntity<Void> allowEmployer(@PathVariable UUID id, @PathVariable UUID organisation, SignedInUser user) {
        fund.allowEmployer(id, organisation, true, user);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/persons/{id}/development-account/employers/{organisation}")
    @Operation(
            summary = "Toestemming van een werkgever intrekken / withdraw an employer's permission",
            description =
                    "Trekt de toestemming van een werkgever om vouchers aan te vragen in; lopende vouchers blijven. Alleen de inwoner zelf. / Withdraws an employer's permission to ask for vouchers; the resident only.")
    @ApiResponse(responseCode = "204", description = "Gedaan, geen inhoud / done, no content")
    ResponseEntity<Void> withdrawEmployer(@PathVariable UUID id, @PathVariable UUID organisation, SignedInUser user) {
        fund.allowEmployer(id, organisation, false, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/vouchers/quotes")
    @Operation(
            summary = "Verdeling voor een voucher, niets gereserveerd / the split of a voucher, nothing reserved",
            description =
                    "Rekent uit hoe een voucher over de bronnen en de eigen bijdrage verdeeld zou worden, met uitleg per regel; er wordt niets gereserveerd. Voor wie de voucher mag aanvragen. / Computes a voucher's split over the sources with the reasons; reserves nothing.")
    Quote quote(@RequestBody VoucherRequest body, SignedInUser user) {
        return fund.quote(body, user);
    }

    @PostMapping("/api/v1/vouchers")
    @Operation(
            summary = "Voucher aanvragen (Idempotency-Key) / issue a voucher, reserving its money",
            description =
                    "Vraagt een voucher aan en reserveert het geld bij de bronnen. Met een Idempotency-Key levert dezelfde aanvraag geen tweede voucher op. Voor de inwoner, diens adviseur met toestemming, of een werkgever met toestemming. / Issues a voucher, reserving its money; idempotent with a key.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    @ApiResponse(responseCode = "200", description = "Herhaling met dezelfde Idempotency-Key / replay")
    ResponseEntity<Voucher> issue(
            @RequestBody VoucherRequest body,
            @RequestHeader(name = KEY, required = false) String key,
            SignedInUser user) {
        Fund.Moved<Voucher> moved = fund.issue(body, key, user);
        return answer(moved, "/api/v1/vouchers/" + moved.result().id());
    }

    @PostMapping("/api/v1/vouchers/{id}/redemption")
    @Operation(
            summary = "Voucher verzilveren bij de start (opleider) / redeem at the start (provider)",
            description =
                    "Verzilvert een voucher bij de start van de opleiding: het gereserveerde geld wordt besteed. Alleen de opleider van de opleiding. / Redeems a voucher at the start, spending the reserved money; the offer's provider only.")
    ResponseEntity<Voucher> redeem(
            @PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key, SignedInUser user) {
        return answer(fund.redeem(id, key, user), null);
    }

    @PostMapping("/api/v1/vouchers/{id}/cancellation")
    @Operation(
            summary = "Voucher annuleren vóór de start, geld vrij / cancel before the start, releasing the money",
            description =
                    "Annuleert een voucher vóór de start; het gereserveerde geld komt vrij. Voor wie de voucher aanvroeg en fondsbeheerders. / Cancels a voucher before the start, releasing its money.")
    ResponseEntity<Voucher> cancel(
            @PathVariable UUID id, @RequestHeader(name = KEY, required = false) String key, SignedInUser user) {
        return answer(fund.cancel(id, key, user), null);
    }

    @GetMapping("/api/v1/vouchers")
    @Operation(
            summary = "Vouchers die u mag zien / vouchers visible to you",
            description =
                    "De vouchers die de aanroeper mag zien: de eigen (inwoner), die voor de eigen opleidingen (opleider), of alle (fondsbeheerder), te filteren op opleider, persoon, status en bron. / The vouchers the caller may see, with filters.")
    List<Voucher> vouchers(
            @RequestParam(required = false) UUID provider,
            @RequestParam(required = false) UUID person,
            @RequestParam(required = false) VoucherStatus status,
            @RequestParam(required = false) UUID source,
            @RequestParam(defaultValue = "200") int limit,
            SignedInUser user) {
        return fund.vouchers(new VoucherFilter(provider, person, status, source, limit), user);
    }

    @GetMapping("/api/v1/vouchers/{id}")
    @Operation(
            summary = "Eén voucher / one voucher",
            description =
                    "Eén voucher met verdeling en status, voor wie hem mag zien. / One voucher with its split and status, for those who may see it.")
    Voucher voucher(@PathVariable UUID id, SignedInUser user) {
        return fund.voucher(id, user);
    }

    @GetMapping("/api/v1/fund/overview")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER', 'BELEID')")
    @Operation(
            summary = "Per bron: budget, toegekend, gereserveerd, besteed, over / per source and year",
            description =
                    "Per financieringsbron en jaar: budget, toegekend, gereserveerd, besteed, teruggeboekt en vrij. Fondsbeheerders, beheerders en beleid. / Per source and year: budget, granted, reserved, spent, returned, free.")
    List<SourceOverview> overview(@RequestParam(required = false) Integer year) {
        return fund.overview(year == null ? LocalDate.now(clock).getYear() : year);
    }

    @GetMapping(
            value = "/api/v1/fund/statements",
            produces = {"application/json", "text/csv"})
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER', 'OPLEIDER')")
    @Operation(
            summary = "Afrekening per opleider en periode (JSON of CSV) / statement per provider and period",
            description =
                    "De afrekening van een opleider over een periode: verzilverde vouchers met bedragen per bron, als JSON of (format=csv) als CSV. Fondsbeheerders, beheerders en de opleider zelf. / A provider's statement for a period, JSON or CSV.")
    ResponseEntity<?> statement(
            @RequestParam UUID provider,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String format,
            SignedInUser user) {
        Statement statement = fund.statement(provider, from, to, user);
        if ("csv".equals(format)) {
            return ResponseEntity.ok()
                    .header("Content-Type", "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"afrekening-" + from + "-" + to + ".csv\"")
                    .body(StatementCsv.of(statement));
        }
        return ResponseEntity.ok(statement);
    }

    @GetMapping("/api/v1/fund/ledger/balance-check")
    @PreAuthorize("hasAnyRole('FONDSBEHEERDER', 'BEHEERDER')")
    @Operation(
            summary = "Proefbalans en alle invarianten van het grootboek / trial balance and ledger invariants",
            description =
                    "Maakt de proefbalans op en controleert elke invariant van het grootboek (debet gelijk aan credit, geen bron onder nul, vouchers sluiten aan). Fondsbeheerders en beheerders. / Trial balance and every ledger invariant.")
    LedgerReport balanceCheck() {
        return fund.checkLedger();
    }

    private static <T> ResponseEntity<T> answer(Fund.Moved<T> moved, String created) {
        if (moved.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(moved.result());
        }
        return created == null
                ? ResponseEntity.ok(moved.result())
                : ResponseEntity.created(URI.create(created)).body(moved.result());
    }
}
