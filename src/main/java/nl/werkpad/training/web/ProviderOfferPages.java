package nl.werkpad.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.Extraction;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.TextInput;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.training.OfferFilter;
import nl.werkpad.training.OfferStatus;
import nl.werkpad.training.TrainingLevel;
import nl.werkpad.training.TrainingMode;
import nl.werkpad.training.TrainingOffer;
import nl.werkpad.training.TrainingOffers;
import nl.werkpad.training.domain.SkillsTaught;
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

/** A provider's offers: the list with publish/withdraw, and a new offer with the skills it teaches. */
@Controller
@RequestMapping("/opleider/opleidingen")
@PreAuthorize("hasRole('OPLEIDER')")
class ProviderOfferPages {

    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("offer.title-required", "title"),
            Map.entry("offer.level-required", "level"),
            Map.entry("offer.mode-required", "mode"),
            Map.entry("offer.municipality-required", "municipality"),
            Map.entry("offer.municipality-unknown", "municipality"),
            Map.entry("offer.duration-required", "durationHours"),
            Map.entry("offer.cost-required", "cost"),
            Map.entry("offer.skills-required", "skills"),
            Map.entry("offer.skill-unknown", "skills"),
            Map.entry("offer.starts-invalid", "start1"),
            Map.entry("offer.status-on-create", "status"));

    /** The form's button that asks for the skills its description teaches. */
    static final String SKILLS_FROM_DESCRIPTION = "skillsFromDescription";

    private final TrainingOffers offers;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final SkillExtraction extraction;

    ProviderOfferPages(
            TrainingOffers offers,
            Organisations organisations,
            Taxonomy taxonomy,
            Regions regions,
            SkillExtraction extraction) {
        this.offers = offers;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.extraction = extraction;
    }

    @GetMapping
    String list(Model model, SignedInUser user) {
        List<Organisation> own = organisations.of(user.accountId());
        model.addAttribute("organisations", own);
        model.addAttribute(
                "offers",
                own.stream()
                        .flatMap(o -> offers
                                .search(
                                        new OfferFilter(null, null, null, null, o.id(), null, 200, 0),
                                        Optional.of(user))
                                .stream())
                        .toList());
        return "training/provider-list";
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable UUID id, @RequestParam OfferStatus status, RedirectAttributes redirect, SignedInUser user) {
        PageActions.attempt(redirect, "statusRefused", () -> {
            offers.changeStatus(id, status, user);
            redirect.addFlashAttribute("statusChanged", status);
        });
        return "redirect:/opleider/opleidingen";
    }

    @GetMapping("/nieuw")
    String newOffer(Model model, SignedInUser user) {
        UUID account = user.accountId();
        return form(
                OfferForm.empty(organisations.homeMunicipality(account).orElse(null)),
                organisations.of(account),
                model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") OfferForm form,
            BindingResult errors,
            @RequestParam(name = "_picker", required = false) String picker,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        List<Organisation> own = organisations.of(user.accountId());
        if (SKILLS_FROM_DESCRIPTION.equals(picker)) {
            return proposeSkills(form, errors, own, model);
        }
        if (picker != null || errors.hasErrors()) {
            return form(form, own, model);
        }
        try {
            TrainingOffer created = offers.create(form.input(), user);
            redirect.addFlashAttribute("created", created.title());
            return "redirect:/opleider/opleidingen";
        } catch (RuleViolation e) {
            RuleErrors.reject(errors, e, FIELD_OF_RULE, "title");
            return form(form, own, model);
        }
    }

    /**
     * The skills the description says the course teaches are added to the form's skills as proposals, each shown
     * with the words it came from; the provider removes what is wrong before saving. Nothing is saved here.
     */
    private String proposeSkills(OfferForm form, BindingResult errors, List<Organisation> own, Model model) {
        try {
            Extraction found = extraction.extract(
                    TextInput.checked("description", form.description(), null, SkillExtraction.MAX_LIMIT));
            List<Extraction.FoundSkill> taught = SkillsTaught.of(found);
            List<String> skills = new ArrayList<>(form.skills() == null ? List.of() : form.skills());
            taught.stream()
                    .map(s -> s.skill().id())
                    .filter(id -> !skills.contains(id))
                    .forEach(skills::add);
            model.addAttribute("proposedSkills", taught);
            return form(form.withSkills(skills), own, model);
        } catch (InvalidInput e) {
            RuleErrors.reject(errors, e, FIELD_OF_RULE, "description");
            return form(form, own, model);
        }
    }

    private String form(OfferForm form, List<Organisation> own, Model model) {
        String language = Languages.current();
        model.addAttribute("form", form);
        model.addAttribute("organisations", own);
        model.addAttribute(
                "skillPicker", SkillPicker.of("skills", form.skills(), form.skillsQuery(), language, taxonomy));
        model.addAttribute(
                "municipalityPicker",
                MunicipalityPicker.of("municipality", form.municipality(), form.municipalityQuery(), regions));
        model.addAttribute("levels", TrainingLevel.values());
        model.addAttribute("modes", TrainingMode.values());
        return "training/provider-form";
    }
}
