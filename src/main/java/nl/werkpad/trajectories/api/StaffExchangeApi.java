package nl.werkpad.trajectories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.trajectories.StaffExchange;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff exchange between employers; each employer reaches only its own offers, requests and agreements. */
@RestController
@Tag(name = "Personeelsuitwisseling / staff exchange")
class StaffExchangeApi {

    record Answer(boolean accept) {
    }

    record End(LocalDate on) {
    }

    private final StaffExchange exchange;

    StaffExchangeApi(StaffExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/api/v1/staff-exchange/offers")
    @PreAuthorize("hasRole('WERKGEVER')")
    List<StaffExchange.Offer> offers() {
        return exchange.offers(user());
    }

    @PostMapping("/api/v1/staff-exchange/offers")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(summary = "Mensen met risico op ontslag (met toestemming) of een overschot aanbieden / offer a surplus")
    ResponseEntity<StaffExchange.Offer> offer(@RequestBody StaffExchange.NewOffer body) {
        return ResponseEntity.status(201).body(exchange.offer(body, user()));
    }

    @GetMapping("/api/v1/staff-exchange/offers/{id}/proposals")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(summary = "Voorgestelde paren op vaardigheden en afstand / proposed pairs on skills and distance")
    List<StaffExchange.Proposal> proposals(@PathVariable UUID id) {
        return exchange.proposals(id, user());
    }

    @GetMapping("/api/v1/staff-exchange/requests")
    @PreAuthorize("hasRole('WERKGEVER')")
    List<StaffExchange.Request> requests() {
        return exchange.requests(user());
    }

    @PostMapping("/api/v1/staff-exchange/requests")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(summary = "Een tekort melden / ask for a shortage")
    ResponseEntity<StaffExchange.Request> request(@RequestBody StaffExchange.NewRequest body) {
        return ResponseEntity.status(201).body(exchange.request(body, user()));
    }

    @GetMapping("/api/v1/staff-exchange/agreements")
    @PreAuthorize("hasRole('WERKGEVER')")
    List<StaffExchange.Agreement> agreements() {
        return exchange.agreements(user());
    }

    @PostMapping("/api/v1/staff-exchange/agreements")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(summary = "Voorwaarden voorstellen: uitlenen (met einde) of overdracht / propose terms")
    ResponseEntity<StaffExchange.Agreement> propose(@RequestBody StaffExchange.NewAgreement body) {
        return ResponseEntity.status(201).body(exchange.propose(body, user()));
    }

    @PostMapping("/api/v1/staff-exchange/agreements/{id}/answer")
    @PreAuthorize("hasRole('WERKGEVER')")
    StaffExchange.Agreement answer(@PathVariable UUID id, @RequestBody Answer body) {
        return exchange.answer(id, body.accept(), user());
    }

    @PostMapping("/api/v1/staff-exchange/agreements/{id}/end")
    @PreAuthorize("hasRole('WERKGEVER')")
    StaffExchange.Agreement end(@PathVariable UUID id, @RequestBody(required = false) End body) {
        return exchange.end(id, body == null ? null : body.on(), user());
    }

    @GetMapping("/api/v1/campuses/{id}/staff-exchange")
    @Operation(summary = "Uitwisselingen tussen de bedrijven van een campus / exchanges among a campus's members")
    List<StaffExchange.Agreement> amongMembers(@PathVariable UUID id) {
        return exchange.amongCampusMembers(id, SignedInUser.current().orElseThrow(() -> nl.werkpad.shared.NotFound.of("campus", id)));
    }

    @GetMapping("/api/v1/staff-exchange/sectors/{section}")
    @Operation(summary = "Uitwisselingen binnen een sector (SBI-sectie) / exchanges within a sector")
    List<StaffExchange.Agreement> withinSector(@PathVariable String section) {
        return exchange.withinSector(section, user());
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }
}
