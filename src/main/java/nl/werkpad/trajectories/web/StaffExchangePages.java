package nl.werkpad.trajectories.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.regions.Regions;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.trajectories.StaffExchange;
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
 * An employer's staff exchange: a surplus or a shortage (occupation and place typed, resolved to ESCO and CBS),
 * the pairs Werkpad proposes for each surplus, and the agreements with their answer and end.
 */
@Controller
@PreAuthorize("hasRole('WERKGEVER')")
class StaffExchangePages {

    private static final String PAGE = "/werkgever/personeelsuitwisseling";

    private final StaffExchange exchange;
    private final Taxonomy taxonomy;
    private final Regions regions;

    private final Clock clock;

    StaffExchangePages(StaffExchange exchange, Taxonomy taxonomy, Regions regions, Clock clock) {
        this.clock = clock;
        this.exchange = exchange;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @GetMapping(PAGE)
    String page(Model model, SignedInUser user) {
        var me = user;
        var offers = exchange.offers(me);
        Map<UUID, Object> proposals = new LinkedHashMap<>();
        offers.stream()
                .filter(StaffExchange.Offer::open)
                .forEach(o -> proposals.put(o.id(), exchange.proposals(o.id(), me)));
        model.addAttribute("offers", offers);
        model.addAttribute("proposals", proposals);
        model.addAttribute("requests", exchange.requests(me));
        model.addAttribute("agreements", exchange.agreements(me));
        model.addAttribute("today", LocalDate.now(clock));
        return "trajectories/exchange";
    }

    /** The exchanges among a campus's member companies, for the campus and policy makers. */
    @GetMapping("/personeelsuitwisseling/campus/{campus}")
    @PreAuthorize("hasAnyRole('BELEID', 'OPLEIDER', 'WERKGEVER', 'BEHEERDER')")
    String campus(@PathVariable UUID campus, Model model, SignedInUser user) {
        model.addAttribute("agreements", exchange.amongCampusMembers(campus, user));
        return "trajectories/campus-exchange";
    }

    /** The exchanges between companies of one sector (SBI section). */
    @GetMapping("/personeelsuitwisseling/sector/{section}")
    @PreAuthorize("hasAnyRole('BELEID', 'WERKGEVER', 'BEHEERDER')")
    String sector(@PathVariable String section, Model model, SignedInUser user) {
        model.addAttribute("agreements", exchange.withinSector(section, user));
        return "trajectories/campus-exchange";
    }

    @PostMapping(PAGE + "/aanbod")
    String offer(
            @RequestParam(required = false) String occupation,
            @RequestParam(required = false) Integer people,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(
                redirect,
                "exchange.offered",
                () -> exchange.offer(
                        new StaffExchange.NewOffer(
                                null,
                                null,
                                occupation(occupation),
                                people,
                                municipality(place),
                                LocalDate.now(clock),
                                null),
                        user));
    }

    @PostMapping(PAGE + "/vraag")
    String request(
            @RequestParam(required = false) String occupation,
            @RequestParam(required = false) Integer people,
            @RequestParam(required = false) String place,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(
                redirect,
                "exchange.requested",
                () -> exchange.request(
                        new StaffExchange.NewRequest(
                                null, occupation(occupation), people, municipality(place), LocalDate.now(clock), null),
                        user));
    }

    @PostMapping(PAGE + "/voorstellen")
    String propose(
            @RequestParam UUID offer,
            @RequestParam UUID request,
            @RequestParam(required = false) StaffExchange.Kind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
            @RequestParam(required = false) Integer hours,
            RedirectAttributes redirect,
            SignedInUser user) {
        return act(
                redirect,
                "exchange.proposed",
                () -> exchange.propose(
                        new StaffExchange.NewAgreement(offer, request, kind, startsOn, endsOn, hours, 1), user));
    }

    @PostMapping(PAGE + "/afspraken/{id}/antwoord")
    String answer(@PathVariable UUID id, @RequestParam boolean accept, RedirectAttributes redirect, SignedInUser user) {
        return act(redirect, accept ? "exchange.agreed" : "exchange.declined", () -> exchange.answer(id, accept, user));
    }

    @PostMapping(PAGE + "/afspraken/{id}/einde")
    String end(@PathVariable UUID id, RedirectAttributes redirect, SignedInUser user) {
        return act(redirect, "exchange.ended", () -> exchange.end(id, LocalDate.now(clock), user));
    }

    private String act(RedirectAttributes redirect, String done, Supplier<Object> change) {
        return PageActions.redirect(redirect, done, PAGE, change);
    }

    /** An ESCO id as given, or the best occupation for the typed words. */
    private String occupation(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return taxonomy.occupationRef(text.strip(), "nl")
                .map(o -> o.id())
                .or(() -> taxonomy.suggestOccupations(text.strip(), "nl", 1).stream()
                        .findFirst()
                        .map(o -> o.id()))
                .orElse(text);
    }

    private String municipality(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return regions.municipality(text.strip())
                .map(m -> m.code())
                .or(() -> regions.searchMunicipalities(text.strip(), 1).stream()
                        .findFirst()
                        .map(m -> m.code()))
                .orElse(text);
    }
}
