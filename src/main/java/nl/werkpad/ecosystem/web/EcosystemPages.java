package nl.werkpad.ecosystem.web;

import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.ecosystem.Coalition;
import nl.werkpad.ecosystem.CoalitionRefused;
import nl.werkpad.ecosystem.Ecosystem;
import nl.werkpad.ecosystem.Target;
import nl.werkpad.ecosystem.domain.CoalitionPhase;
import nl.werkpad.ecosystem.domain.GrantCheck;
import nl.werkpad.ecosystem.domain.PurposeCase;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.RegionMap;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.Money;
import nl.werkpad.shared.NotFound;
import nl.werkpad.shared.RuleCheck;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.VacancyFilter;
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
 * The ecosystem pages: the registry with its map, a campus, the action agenda, the grant check (all public),
 * and the coalitions and events that policy makers keep.
 */
@Controller
class EcosystemPages {

    /** Noord-Holland, whose campuses the map shows. */
    private static final String PROVINCE = "PV27";
    /** Rows for partners on the purpose case form. */
    private static final int PARTNER_ROWS = 6;

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

    @Bean
    static PublicPath grantCheckIsPublic() {
        return PublicPath.any("/ecosysteem/subsidietoets");
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
    String servicePoint(@PathVariable UUID id, @RequestParam boolean aan, RedirectAttributes redirect) {
        ecosystem.setServicePoint(id, aan, SignedInUser.current().orElseThrow());
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
            RedirectAttributes redirect) {
        try {
            if (value == null) {
                throw RuleViolation.of("target.progress-invalid", "value");
            }
            ecosystem.recordProgress(
                    id, value, asOf, source, SignedInUser.current().orElseThrow());
            redirect.addFlashAttribute("saved", id);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
            redirect.addFlashAttribute("problemTarget", id);
        }
        return "redirect:/ecosysteem/actieagenda#t-" + id;
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
        model.addAttribute("mayEdit", mayEdit());
        return "ecosystem/coalitions";
    }

    @PostMapping("/ecosysteem/coalities")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String createCoalition(
            @RequestParam(defaultValue = "") @Size(max = Limits.NAME) String name,
            @RequestParam(defaultValue = "") @Size(max = Limits.SHORT) String actionRef,
            @RequestParam(defaultValue = "") @Size(max = Limits.NAME) String driver,
            RedirectAttributes redirect) {
        try {
            Coalition c = ecosystem.createCoalition(
                    new Ecosystem.NewCoalition(name, actionRef, driver),
                    SignedInUser.current().orElseThrow());
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
        model.addAttribute("mayEdit", mayEdit());
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
            RedirectAttributes redirect) {
        List<Ecosystem.PartnerInput> partners = new ArrayList<>();
        try {
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
                    id,
                    new Ecosystem.PurposeCaseInput(problem, intendedResult, partners, decision),
                    SignedInUser.current().orElseThrow());
            redirect.addFlashAttribute("saved", true);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
        }
        return "redirect:/ecosysteem/coalities/" + id;
    }

    @PostMapping("/ecosysteem/coalities/{id}/fase")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String move(
            @PathVariable UUID id,
            @RequestParam CoalitionPhase phase,
            @RequestParam(defaultValue = "") @Size(max = Limits.NOTE) String reason,
            RedirectAttributes redirect) {
        try {
            ecosystem.move(id, phase, reason, SignedInUser.current().orElseThrow());
            redirect.addFlashAttribute("moved", phase.name());
        } catch (CoalitionRefused e) {
            redirect.addFlashAttribute("refused", e.rule());
            redirect.addFlashAttribute("refusedChecks", e.checks());
        }
        return "redirect:/ecosysteem/coalities/" + id;
    }

    /** Policy makers and administrators keep the registry; everyone else reads it. */
    private static boolean mayEdit() {
        return SignedInUser.current()
                .map(u -> u.has(Role.BELEID) || u.has(Role.BEHEERDER))
                .orElse(false);
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

    // ---- events

    @GetMapping("/ecosysteem/evenementen")
    String events(Model model) {
        model.addAttribute("events", ecosystem.events());
        model.addAttribute("kinds", nl.werkpad.ecosystem.Event.Kind.values());
        model.addAttribute("campuses", ecosystem.campuses(null, null));
        model.addAttribute("mayEdit", mayEdit());
        return "ecosystem/events";
    }

    @PostMapping("/ecosysteem/evenementen")
    @PreAuthorize("hasAnyRole('BELEID', 'BEHEERDER')")
    String addEvent(
            @RequestParam(required = false) nl.werkpad.ecosystem.Event.Kind kind,
            @RequestParam(defaultValue = "") @Size(max = Limits.TITLE) String title,
            @RequestParam(required = false) LocalDate heldOn,
            @RequestParam(required = false) UUID campus,
            @RequestParam(required = false) Integer participants,
            @RequestParam(required = false) Integer pupils,
            @RequestParam(defaultValue = "") @Size(max = Limits.NOTE) String outcome,
            RedirectAttributes redirect) {
        try {
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
                    SignedInUser.current().orElseThrow());
            redirect.addFlashAttribute("saved", true);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
        }
        return "redirect:/ecosysteem/evenementen";
    }
}
