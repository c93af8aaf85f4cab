package nl.werkpad.trajectories.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.shared.NotFound;
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
class StaffExchangeApi {

    record Answer(boolean accept) {}

    record End(LocalDate on) {}

    private final StaffExchange exchange;

    StaffExchangeApi(StaffExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/api/v1/staff-exchange/offers")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Mijn aanbod van personeel / my staff offers",
            description =
                    "De aanbiedingen van personeel (overschot of risico op ontslag) van de eigen organisatie. Werkgevers. / The employer's own staff offers.")
    List<StaffExchange.Offer> offers(SignedInUser user) {
        return exchange.offers(user);
    }

    @PostMapping("/api/v1/staff-exchange/offers")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Mensen met risico op ontslag (met toestemming) of een overschot aanbieden / offer a surplus",
            description =
                    "Biedt mensen met risico op ontslag (met hun toestemming) of een overschot aan, met vaardigheden en gemeente. Werkgevers. / Offers a surplus of staff; employers.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<StaffExchange.Offer> offer(@RequestBody StaffExchange.NewOffer body, SignedInUser user) {
        return ResponseEntity.status(201).body(exchange.offer(body, user));
    }

    @GetMapping("/api/v1/staff-exchange/offers/{id}/proposals")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Voorgestelde paren op vaardigheden en afstand / proposed pairs on skills and distance",
            description =
                    "Voorgestelde paren tussen een aanbod en tekorten van andere werkgevers, op vaardigheden en afstand. De werkgever van het aanbod. / Proposed pairs for an offer.")
    List<StaffExchange.Proposal> proposals(@PathVariable UUID id, SignedInUser user) {
        return exchange.proposals(id, user);
    }

    @GetMapping("/api/v1/staff-exchange/requests")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Mijn tekorten / my staff requests",
            description =
                    "De gemelde tekorten van de eigen organisatie. Werkgevers. / The employer's own staff requests.")
    List<StaffExchange.Request> requests(SignedInUser user) {
        return exchange.requests(user);
    }

    @PostMapping("/api/v1/staff-exchange/requests")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Een tekort melden / ask for a shortage",
            description =
                    "Meldt een tekort aan personeel met de gevraagde vaardigheden. Werkgevers. / Reports a staff shortage; employers.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<StaffExchange.Request> request(@RequestBody StaffExchange.NewRequest body, SignedInUser user) {
        return ResponseEntity.status(201).body(exchange.request(body, user));
    }

    @GetMapping("/api/v1/staff-exchange/agreements")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Mijn afspraken over uitwisseling / my exchange agreements",
            description =
                    "De afspraken waarin de eigen organisatie uitleent, leent of overneemt. Werkgevers. / The employer's own agreements.")
    List<StaffExchange.Agreement> agreements(SignedInUser user) {
        return exchange.agreements(user);
    }

    @PostMapping("/api/v1/staff-exchange/agreements")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Voorwaarden voorstellen: uitlenen (met einde) of overdracht / propose terms",
            description =
                    "Stelt voorwaarden voor: uitlenen met einddatum of overdracht. De andere werkgever antwoordt. Werkgevers. / Proposes terms; employers.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<StaffExchange.Agreement> propose(@RequestBody StaffExchange.NewAgreement body, SignedInUser user) {
        return ResponseEntity.status(201).body(exchange.propose(body, user));
    }

    @PostMapping("/api/v1/staff-exchange/agreements/{id}/answer")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Een voorstel accepteren of weigeren / accept or decline a proposal",
            description =
                    "De andere werkgever accepteert of weigert de voorgestelde voorwaarden. Alleen de werkgever aan wie het voorstel is gedaan. / The other employer answers a proposal.")
    StaffExchange.Agreement answer(@PathVariable UUID id, @RequestBody Answer body, SignedInUser user) {
        return exchange.answer(id, body.accept(), user);
    }

    @PostMapping("/api/v1/staff-exchange/agreements/{id}/end")
    @PreAuthorize("hasRole('WERKGEVER')")
    @Operation(
            summary = "Een uitwisseling beëindigen / end an agreement",
            description =
                    "Beëindigt een lopende uitwisseling. Een van beide werkgevers. / Ends a running agreement; either employer.")
    StaffExchange.Agreement end(@PathVariable UUID id, @RequestBody(required = false) End body, SignedInUser user) {
        return exchange.end(id, body == null ? null : body.on(), user);
    }

    @GetMapping("/api/v1/campuses/{id}/staff-exchange")
    @Operation(
            summary = "Uitwisselingen tussen de bedrijven van een campus / exchanges among a campus's members",
            description =
                    "Hoeveel uitwisselingen er zijn tussen de bedrijven die lid zijn van een campus, zonder personen. Ingelogde gebruikers. / Exchanges among a campus's members, no personal data.")
    List<StaffExchange.Agreement> amongMembers(@PathVariable UUID id) {
        return exchange.amongCampusMembers(id, SignedInUser.current().orElseThrow(() -> NotFound.of("campus", id)));
    }

    @GetMapping("/api/v1/staff-exchange/sectors/{section}")
    @Operation(
            summary = "Uitwisselingen binnen een sector (SBI-sectie) / exchanges within a sector",
            description =
                    "Hoeveel uitwisselingen er zijn tussen bedrijven van één SBI-sectie, zonder personen. Ingelogde gebruikers. / Exchanges within an SBI section, no personal data.")
    List<StaffExchange.Agreement> withinSector(@PathVariable String section, SignedInUser user) {
        return exchange.withinSector(section, user);
    }
}
