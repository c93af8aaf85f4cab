package nl.werkpad.ecosystem.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Event;
import nl.werkpad.ecosystem.Event.Kind;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.RegionMap;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.web.PageActions;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ecosystem pages: the registry with its map, a campus, the action agenda (all public), and the events that
 * policy makers keep. Coalitions and the grant check are {@link CoalitionPages}.
 */
@Controller
class EcosystemPages {

    /** Noord-Holland, whose campuses the map shows. */
    private static final String PROVINCE = "PV27";

    private final Ecosystem ecosystem;
    private final Regions regions;
    private final TrainingOffers offers;
    private final Vacancies vacancies;
    private final Organisations organisations;

    private final Clock clock;

    EcosystemPages(
            Ecosystem ecosystem,
            Regions regions,
            TrainingOffers offers,
            Vacancies vacancies,
            Organisations organisations,
            Clock clock) {
        this.clock = clock;
        this.organisations = organisations;
        this.ecosystem = ecosystem;
        this.regions = regions;
        this.offers = offers;
        this.vacancies = vacancies;
    }

    @Bean
    static PublicPath ecosystemPagesArePublic() {
        return PublicPath.get("/ecosysteem/**");
    }

    // ---- registry

    @GetMapping("/ecosysteem")
    String registry(
            @RequestParam(required = false) String regio, @RequestParam(required = false) String q, Model model) {
        List<Campus> all = ecosystem.campuses(null, null);
        Set<String> nh = regions.municipalities().stream()
                .filter(m -> m.province().code().equals(PROVINCE))
                .map(m -> m.labourMarketRegion().code())
                .collect(Collectors.toSet());
        RegionMap map = regions.labourMarketRegionMap().only(nh);
        Map<String, Long> perRegion = all.stream()
                .filter(c -> c.labourMarketRegion() != null)
                .collect(Collectors.groupingBy(c -> c.labourMarketRegion().code(), Collectors.counting()));
        List<MapArea> areas = map.areas().stream()
                .map(a -> new MapArea(
                        a,
                        perRegion.getOrDefault(a.code(), 0L),
                        all.stream()
                                .filter(c -> c.labourMarketRegion() != null
                                        && c.labourMarketRegion().code().equals(a.code()))
                                .map(Campus::name)
                                .toList()))
                .toList();
        model.addAttribute("viewBox", map.fittedViewBox());
        model.addAttribute("areas", areas);
        model.addAttribute("campuses", ecosystem.campuses(regio, q));
        model.addAttribute(
                "regions",
                regions.labourMarketRegions().stream()
                        .filter(r -> nh.contains(r.code()))
                        .toList());
        model.addAttribute("regio", regio);
        model.addAttribute("q", q);
        return "ecosystem/registry";
    }

    @GetMapping("/ecosysteem/organisaties")
    String organisationList(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind soort,
            @RequestParam(defaultValue = "0") int vanaf,
            Model model) {
        int page = 50;
        model.addAttribute("organisations", organisations.search(q, soort, page + 1, Math.max(0, vanaf)));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("q", q);
        model.addAttribute("soort", soort);
        model.addAttribute("vanaf", Math.max(0, vanaf));
        model.addAttribute("page", page);
        return "ecosystem/organisations";
    }

    @GetMapping("/ecosysteem/campussen/{id}")
    String campus(@PathVariable UUID id, Model model) {
        Campus campus = ecosystem.campus(id).orElseThrow(() -> NotFound.of("campus", id));
        Optional<SignedInUser> viewer = SignedInUser.current();
        model.addAttribute("campus", campus);
        model.addAttribute(
                "offers",
                campus.partners().stream()
                        .flatMap(p -> offers
                                .search(
                                        new OfferFilter(null, null, null, null, p.organisationId(), null, 20, 0),
                                        viewer)
                                .stream())
                        .limit(30)
                        .toList());
        model.addAttribute(
                "vacancies",
                campus.partners().stream()
                        .filter(p -> p.helix() == Campus.Helix.BUSINESS)
                        .flatMap(p -> vacancies
                                .search(
                                        new VacancyFilter(null, null, null, null, p.organisationId(), null, 20, 0),
                                        viewer)
                                .stream())
                        .limit(30)
                        .toList());
        model.addAttribute("mayEdit", mayEdit());
        // the exchanges among members are for policy makers and the members themselves; others would meet a dead link
        model.addAttribute(
                "mayViewExchanges",
                mayEdit()
                        || viewer.map(u -> campus.partners().stream()
                                        .anyMatch(p -> organisations.isMember(u.accountId(), p.organisationId())))
                                .orElse(false));
        return "ecosystem/campus";
    }

    @PostMapping("/ecosysteem/campussen/{id}/servicepunt")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String servicePoint(
            @PathVariable UUID id, @RequestParam boolean aan, RedirectAttributes redirect, SignedInUser user) {
        ecosystem.setServicePoint(id, aan, user);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/ecosysteem/campussen/" + id;
    }

    @GetMapping(value = "/ecosysteem/export/{what:campuses|coalitions|targets|events}.csv", produces = "text/csv")
    @ResponseBody
    ResponseEntity<String> export(@PathVariable String what) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + what + ".csv\"")
                .body(ecosystem.exportCsv(what, LocalDate.now(clock)));
    }

    // ---- action agenda

    @GetMapping("/ecosysteem/actieagenda")
    String agenda(Model model) {
        Map<String, List<Target>> lines = new LinkedHashMap<>();
        ecosystem.targets(LocalDate.now(clock)).forEach(t -> lines.computeIfAbsent(
                        t.actionLine(), k -> new ArrayList<>())
                .add(t));
        model.addAttribute("lines", lines);
        model.addAttribute("mayEdit", mayEdit());
        return "ecosystem/agenda";
    }

    @PostMapping("/ecosysteem/actieagenda/{id}/voortgang")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String progress(
            @PathVariable String id,
            @RequestParam(required = false) Double value,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(defaultValue = "") @Size(max = Limits.SHORT) String source,
            RedirectAttributes redirect,
            SignedInUser user) {
        try {
            if (value == null) {
                throw RuleViolation.of("target.progress-invalid", "value");
            }
            ecosystem.recordProgress(id, value, asOf, source, user);
            redirect.addFlashAttribute("saved", id);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
            redirect.addFlashAttribute("problemTarget", id);
        }
        return "redirect:/ecosysteem/actieagenda#t-" + id;
    }

    /** Policy makers and administrators keep the registry; everyone else reads it. */
    static boolean mayEdit() {
        return SignedInUser.current()
                .map(u -> u.has(Role.BELEID) || u.has(Role.BEHEERDER))
                .orElse(false);
    }

    // ---- events

    @GetMapping("/ecosysteem/evenementen")
    String events(Model model) {
        model.addAttribute("events", ecosystem.events());
        model.addAttribute("kinds", Event.Kind.values());
        model.addAttribute("campuses", ecosystem.campuses(null, null));
        model.addAttribute("mayEdit", mayEdit());
        return "ecosystem/events";
    }

    @PostMapping("/ecosysteem/evenementen")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String addEvent(
            @RequestParam(required = false) Kind kind,
            @RequestParam(defaultValue = "") @Size(max = Limits.TITLE) String title,
            @RequestParam(required = false) LocalDate heldOn,
            @RequestParam(required = false) UUID campus,
            @RequestParam(required = false) Integer participants,
            @RequestParam(required = false) Integer pupils,
            @RequestParam(defaultValue = "") @Size(max = Limits.NOTE) String outcome,
            RedirectAttributes redirect,
            SignedInUser user) {
        PageActions.attempt(redirect, "problem", () -> {
            String municipality = campus == null
                    ? null
                    : ecosystem
                            .campus(campus)
                            .map(c -> c.municipality() == null
                                    ? null
                                    : c.municipality().code())
                            .orElse(null);
            ecosystem.addEvent(
                    new Ecosystem.NewEvent(kind, title, heldOn, campus, municipality, participants, pupils, outcome),
                    user);
            redirect.addFlashAttribute("saved", true);
        });
        return "redirect:/ecosysteem/evenementen";
    }
}
