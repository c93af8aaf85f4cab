package nl.werkpad.vacancies.web;

import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.TextInput;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.OccupationDetails;
import nl.werkpad.taxonomy.OccupationPicker;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import nl.werkpad.vacancies.ContractType;
import nl.werkpad.vacancies.Vacancies;
import nl.werkpad.vacancies.Vacancy;
import nl.werkpad.vacancies.VacancyFilter;
import nl.werkpad.vacancies.VacancyKind;
import nl.werkpad.vacancies.VacancyStatus;
import nl.werkpad.vacancies.text.VacancySkills;
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

/**
 * An employer's vacancies: the list of its organisation's vacancies with their status, and writing a
 * new one from an ESCO occupation whose skills fill the profile (and can be changed). Works without
 * JavaScript: the search buttons of the pickers send the form back with options.
 */
@Controller
@RequestMapping("/werkgever/vacatures")
@PreAuthorize("hasRole('WERKGEVER')")
class EmployerVacancyPages {

    /** Which form field a broken rule belongs next to. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("vacancy.title-required", "title"),
            Map.entry("vacancy.occupation-required", "occupation"),
            Map.entry("vacancy.occupation-unknown", "occupation"),
            Map.entry("vacancy.municipality-required", "municipality"),
            Map.entry("vacancy.municipality-unknown", "municipality"),
            Map.entry("vacancy.hours-out-of-range", "hoursPerWeek"),
            Map.entry("vacancy.positions-too-few", "positions"),
            Map.entry("vacancy.sector-invalid", "sector"),
            Map.entry("vacancy.salary-range", "salaryMin"),
            Map.entry("vacancy.closing-date-past", "closingDate"),
            Map.entry("vacancy.skills-required", "essentialSkills"),
            Map.entry("vacancy.skill-unknown", "essentialSkills"),
            Map.entry("vacancy.status-on-create", "status"),
            // field rules (InvalidInput) name the API's field; these differ on the form
            Map.entry("salaryMinCents", "salaryMin"),
            Map.entry("salaryMaxCents", "salaryMin"));

    private final Vacancies vacancies;
    private final Organisations organisations;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final VacancySkills fromText;

    EmployerVacancyPages(
            Vacancies vacancies,
            Organisations organisations,
            Taxonomy taxonomy,
            Regions regions,
            VacancySkills fromText) {
        this.vacancies = vacancies;
        this.organisations = organisations;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.fromText = fromText;
    }

    @GetMapping
    String list(Model model, SignedInUser user) {
        List<Organisation> own = organisations.of(user.accountId());
        model.addAttribute("organisations", own);
        model.addAttribute(
                "vacancies",
                own.stream()
                        .flatMap(o -> vacancies
                                .search(
                                        new VacancyFilter(null, null, null, null, o.id(), null, 200, 0),
                                        Optional.of(user))
                                .stream())
                        .toList());
        return "vacancies/employer-list";
    }

    @PostMapping("/{id}/status")
    String changeStatus(
            @PathVariable UUID id, @RequestParam VacancyStatus status, RedirectAttributes redirect, SignedInUser user) {
        PageActions.attempt(redirect, "statusRefused", () -> {
            vacancies.changeStatus(id, status, user);
            redirect.addFlashAttribute("statusChanged", status);
        });
        return "redirect:/werkgever/vacatures";
    }

    @GetMapping("/nieuw")
    String newVacancy(Model model, SignedInUser user) {
        UUID account = user.accountId();
        return form(
                VacancyForm.empty(organisations.homeMunicipality(account).orElse(null)),
                organisations.of(account),
                model);
    }

    /**
     * A pasted vacancy text fills the usual form: the title names the occupation, the text's clearly stated skills
     * become essential and the others optional (shown with the words they came from), the text the description.
     * Nothing is saved until the employer submits the form.
     */
    @PostMapping("/uit-tekst")
    String fromText(
            @RequestParam(defaultValue = "") @Size(max = Limits.TITLE) String pastedTitle,
            @RequestParam(defaultValue = "") @Size(max = Limits.DESCRIPTION) String pastedText,
            Model model,
            SignedInUser user) {
        UUID account = user.accountId();
        VacancyForm empty =
                VacancyForm.empty(organisations.homeMunicipality(account).orElse(null));
        try {
            InputCheck.of().line("pastedTitle", pastedTitle, Limits.TITLE).orThrow();
            TextInput.checked("pastedText", pastedText, null, null);
            InputCheck.of().text("pastedText", pastedText, Limits.DESCRIPTION).orThrow();
        } catch (InvalidInput e) {
            model.addAttribute("pasteField", e.field());
            model.addAttribute("pasteRule", e.rule());
            model.addAttribute("pasteLimit", e.errors().getFirst().limit());
            model.addAttribute("pastedText", pastedText);
            model.addAttribute("pastedTitle", pastedTitle);
            return form(empty, organisations.of(account), model);
        }
        List<VacancySkills.Derived> derived = fromText.fromDescription(pastedText);
        var occupation = fromText.occupation(pastedTitle, pastedText);
        String title = pastedTitle.isBlank() ? occupation.map(o -> o.label()).orElse("") : pastedTitle.strip();
        VacancyForm form = new VacancyForm(
                null,
                title,
                pastedText.strip(),
                null,
                "",
                null,
                empty.municipality(),
                "",
                empty.kind(),
                null,
                null,
                null,
                null,
                null,
                null,
                1,
                "",
                empty.status(),
                List.of(),
                "",
                List.of(),
                "");
        if (occupation.isPresent()) {
            OccupationDetails details = taxonomy.occupation(occupation.get().id(), Languages.current())
                    .orElseThrow();
            // the text's own skills when it states any, else the occupation's, as choosing the occupation would give
            form = form.withTemplate(
                    details.occupation().id(),
                    title,
                    derived.isEmpty()
                            ? details.essentialSkills().stream()
                                    .map(SkillRef::id)
                                    .toList()
                            : derived.stream()
                                    .filter(d -> d.relation().equals("essential"))
                                    .map(d -> d.skill().id())
                                    .toList(),
                    derived.isEmpty()
                            ? details.optionalSkills().stream()
                                    .map(SkillRef::id)
                                    .toList()
                            : derived.stream()
                                    .filter(d -> d.relation().equals("optional"))
                                    .map(d -> d.skill().id())
                                    .toList());
        }
        model.addAttribute("derived", derived);
        model.addAttribute("derivedOccupation", occupation.orElse(null));
        return form(form, organisations.of(account), model);
    }

    @PostMapping
    String create(
            @ModelAttribute("form") VacancyForm form,
            BindingResult errors,
            @RequestParam(name = "_picker", required = false) String picker,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        List<Organisation> own = organisations.of(user.accountId());
        if (picker != null || errors.hasErrors()) {
            return form(form, own, model);
        }
        try {
            Vacancy created = vacancies.create(form.input(), user);
            redirect.addFlashAttribute("created", created.title());
            return "redirect:/werkgever/vacatures";
        } catch (RuleViolation e) {
            RuleErrors.reject(errors, e, FIELD_OF_RULE, "title");
            return form(form, own, model);
        }
    }

    private String form(VacancyForm form, List<Organisation> own, Model model) {
        String language = Languages.current();
        OccupationPicker occupation =
                OccupationPicker.of("occupation", form.occupation(), form.occupationQuery(), language, taxonomy);
        VacancyForm current = form;
        if (occupation.selected() != null && !occupation.selected().id().equals(form.templateFrom())) {
            OccupationDetails details =
                    taxonomy.occupation(occupation.selected().id(), language).orElseThrow();
            current = form.withTemplate(
                    details.occupation().id(),
                    details.occupation().label(),
                    details.essentialSkills().stream().map(SkillRef::id).toList(),
                    details.optionalSkills().stream().map(SkillRef::id).toList());
        }
        model.addAttribute("form", current);
        model.addAttribute("organisations", own);
        model.addAttribute("occupationPicker", occupation);
        model.addAttribute(
                "municipalityPicker",
                MunicipalityPicker.of("municipality", current.municipality(), current.municipalityQuery(), regions));
        model.addAttribute(
                "essentialPicker",
                SkillPicker.of(
                        "essentialSkills",
                        current.essentialSkills(),
                        current.essentialSkillsQuery(),
                        language,
                        taxonomy));
        model.addAttribute(
                "optionalPicker",
                SkillPicker.of(
                        "optionalSkills", current.optionalSkills(), current.optionalSkillsQuery(), language, taxonomy));
        model.addAttribute("kinds", VacancyKind.values());
        model.addAttribute("contractTypes", ContractType.values());
        model.addAttribute(
                "sectors",
                "ABCDEFGHIJKLMNOPQRSTU"
                        .chars()
                        .mapToObj(c -> String.valueOf((char) c))
                        .toList());
        return "vacancies/employer-form";
    }
}
