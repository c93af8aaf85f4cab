package nl.werkpad.passport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.OccupationPicker;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My passport" for a resident: where they live and travel, work history (choosing an occupation
 * suggests its skills to confirm or drop), skills with their source, consents, who looked at the
 * passport, a download of everything, a print view, and erasure. Every part works without JavaScript.
 */
@Controller
@RequestMapping("/paspoort")
@PreAuthorize("hasRole('INWONER')")
class ResidentPassportPages {

    private final Passports passports;
    private final Consents consents;
    private final ProcessingLog log;
    private final Taxonomy taxonomy;
    private final Regions regions;
    private final Accounts accounts;

    ResidentPassportPages(
            Passports passports,
            Consents consents,
            ProcessingLog log,
            Taxonomy taxonomy,
            Regions regions,
            Accounts accounts) {
        this.passports = passports;
        this.consents = consents;
        this.log = log;
        this.taxonomy = taxonomy;
        this.regions = regions;
        this.accounts = accounts;
    }

    private static SignedInUser user() {
        return SignedInUser.current().orElseThrow();
    }

    private Optional<Passport> own() {
        return passports.ownPersonId(user()).map(id -> passports.read(id, user(), "eigen inzage"));
    }

    @GetMapping
    String page(@RequestParam(required = false) String suggest, HttpServletRequest request, Model model) {
        Optional<Passport> passport = own();
        String municipality = passport.map(
                        p -> p.municipality() == null ? null : p.municipality().code())
                .orElse(null);
        model.addAttribute("passport", passport.orElse(null));
        model.addAttribute(
                "basics",
                passport.map(p -> new BasicsForm(
                                p.name(),
                                municipality,
                                "",
                                p.travelKm(),
                                p.status(),
                                p.wwStart(),
                                p.hoursPerWeek(),
                                p.willingToRetrain(),
                                p.sectors()))
                        .orElse(new BasicsForm(
                                "", null, "", 25, LabourMarketStatus.EMPLOYED, null, null, false, List.of())));
        model.addAttribute("sectors", BasicsForm.SECTORS);
        model.addAttribute("educationKinds", PassportInput.EducationKind.values());
        model.addAttribute(
                "municipalityPicker",
                MunicipalityPicker.of(
                        "municipality", municipality, request.getParameter("municipalityQuery"), regions));
        model.addAttribute(
                "occupationPicker",
                OccupationPicker.of(
                        "occupation",
                        request.getParameter("occupation"),
                        request.getParameter("occupationQuery"),
                        Languages.current(),
                        taxonomy));
        String[] chosen = request.getParameterValues("skills");
        model.addAttribute(
                "skillPicker",
                SkillPicker.of(
                        "skills",
                        chosen == null ? List.of() : List.of(chosen),
                        request.getParameter("skillsQuery"),
                        Languages.current(),
                        taxonomy));
        model.addAttribute("suggestions", suggestions(passport, suggest));
        model.addAttribute(
                "suggestedFrom",
                suggest == null
                        ? null
                        : taxonomy.occupationRef(suggest, Languages.current()).orElse(null));
        model.addAttribute("statuses", LabourMarketStatus.values());
        model.addAttribute(
                "sources",
                List.of(
                        SkillSource.SELF_ASSESSED,
                        SkillSource.WORK_EXPERIENCE,
                        SkillSource.DIPLOMA,
                        SkillSource.CERTIFICATE,
                        SkillSource.INFORMAL));
        passport.ifPresent(p -> {
            model.addAttribute("consents", consents.current(p.personId()));
            model.addAttribute("log", log.forSubject(p.personId(), 50));
        });
        model.addAttribute("maxChars", nl.werkpad.extraction.SkillExtraction.MAX_TEXT_CHARS);
        model.addAttribute("accept", nl.werkpad.extraction.document.DocumentText.ACCEPT);
        model.addAttribute(
                "advisors",
                accounts.all().stream()
                        .filter(a -> a.roles().contains(Role.ADVISEUR))
                        .toList());
        return "passport/mine";
    }

    /** The occupation's essential skills that are not in the passport yet: to confirm or drop. */
    private List<SkillRef> suggestions(Optional<Passport> passport, String occupation) {
        if (occupation == null || passport.isEmpty()) {
            return List.of();
        }
        List<String> have =
                passport.get().skills().stream().map(s -> s.skill().id()).toList();
        return taxonomy.occupation(occupation, Languages.current())
                .map(o -> o.essentialSkills().stream()
                        .filter(s -> !have.contains(s.id()))
                        .toList())
                .orElse(List.of());
    }

    @PostMapping("/gegevens")
    String basics(
            @ModelAttribute BasicsForm form,
            @RequestParam(name = "_picker", required = false) String picker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (picker != null) {
            return page(null, request, model);
        }
        Optional<Passport> passport = own();
        PassportInput base = passport.map(Passport::toInput)
                .orElse(new PassportInput(
                        null, null, null, null, null, null, List.of(), false, List.of(), List.of(), List.of()));
        PassportInput input = new PassportInput(
                form.name(),
                form.municipality(),
                form.travelKm(),
                form.status(),
                form.status() == LabourMarketStatus.JOB_SEEKER ? form.wwStart() : null,
                form.hoursPerWeek(),
                form.sectors() == null ? List.of() : form.sectors(),
                form.willingToRetrain(),
                base.skills(),
                base.workHistory(),
                base.education());
        return save(passport, input, redirect, "basics");
    }

    @PostMapping("/werkervaring")
    String work(
            @RequestParam(required = false) String occupation,
            @RequestParam(defaultValue = "") @Size(max = Limits.SHORT) String employer,
            @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear,
            @RequestParam(name = "_picker", required = false) String picker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Optional<Passport> passport = own();
        if (picker != null || occupation == null || passport.isEmpty()) {
            return page(null, request, model);
        }
        PassportInput in = passport.get().toInput();
        List<PassportInput.WorkEntry> work = new ArrayList<>(in.workHistory());
        work.add(new PassportInput.WorkEntry(occupation, employer.isBlank() ? null : employer, fromYear, toYear));
        String result = save(passport, withWork(in, work), redirect, "work");
        redirect.addAttribute("suggest", occupation);
        return result;
    }

    @PostMapping("/vaardigheden")
    String addSkills(
            @RequestParam(required = false) List<String> skills,
            @RequestParam SkillSource source,
            @RequestParam(required = false) Integer level,
            @RequestParam(name = "_picker", required = false) String picker,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        Optional<Passport> passport = own();
        if (picker != null || skills == null || skills.isEmpty() || passport.isEmpty()) {
            return page(null, request, model);
        }
        return save(passport, withSkills(passport.get().toInput(), skills, source, level), redirect, "skills");
    }

    @PostMapping("/opleiding")
    String addEducation(
            @RequestParam(required = false) PassportInput.EducationKind kind,
            @RequestParam(defaultValue = "") @Size(max = Limits.TITLE) String title,
            @RequestParam(defaultValue = "") @Size(max = Limits.SHORT) String institution,
            @RequestParam(required = false) Integer year,
            RedirectAttributes redirect) {
        Optional<Passport> passport = own();
        if (passport.isEmpty()) {
            return "redirect:/paspoort";
        }
        PassportInput in = passport.get().toInput();
        List<PassportInput.EducationEntry> education = new ArrayList<>(in.education());
        education.add(new PassportInput.EducationEntry(
                kind,
                title.isBlank() ? null : title.strip(),
                institution.isBlank() ? null : institution.strip(),
                year));
        return save(passport, withEducation(in, education), redirect, "education");
    }

    @PostMapping("/opleiding/verwijderen")
    String removeEducation(@RequestParam int index, RedirectAttributes redirect) {
        Optional<Passport> passport = own();
        if (passport.isEmpty()
                || index < 0
                || index >= passport.get().education().size()) {
            return "redirect:/paspoort";
        }
        PassportInput in = passport.get().toInput();
        List<PassportInput.EducationEntry> education = new ArrayList<>(in.education());
        education.remove(index);
        return save(passport, withEducation(in, education), redirect, "education");
    }

    @PostMapping("/vaardigheden/bevestigen")
    String confirm(@RequestParam(required = false) List<String> skills, RedirectAttributes redirect) {
        Optional<Passport> passport = own();
        if (skills == null || skills.isEmpty() || passport.isEmpty()) {
            return "redirect:/paspoort";
        }
        return save(
                passport,
                withSkills(passport.get().toInput(), skills, SkillSource.WORK_EXPERIENCE, null),
                redirect,
                "skills");
    }

    @PostMapping("/vaardigheden/verwijderen")
    String removeSkill(@RequestParam String skill, RedirectAttributes redirect) {
        Optional<Passport> passport = own();
        if (passport.isEmpty()) {
            return "redirect:/paspoort";
        }
        PassportInput in = passport.get().toInput();
        return save(
                passport,
                new PassportInput(
                        in.name(),
                        in.municipality(),
                        in.travelKm(),
                        in.status(),
                        in.wwStart(),
                        in.hoursPerWeek(),
                        in.sectors(),
                        in.willingToRetrain(),
                        in.skills().stream()
                                .filter(s -> !s.skill().equals(skill))
                                .toList(),
                        in.workHistory(),
                        in.education()),
                redirect,
                "skills");
    }

    @PostMapping("/toestemming")
    String consent(
            @RequestParam Purpose purpose,
            @RequestParam boolean given,
            @RequestParam(required = false) UUID grantee,
            RedirectAttributes redirect) {
        UUID person = passports.ownPersonId(user()).orElseThrow();
        UUID to = purpose == Purpose.ADVISOR ? grantee : null;
        boolean advisor = to != null
                && accounts.byId(to).map(a -> a.roles().contains(Role.ADVISEUR)).orElse(false);
        if (given
                && nl.werkpad.passport.domain.ConsentRules.grantee(purpose, to, advisor)
                        instanceof nl.werkpad.shared.Decision.Rejected rejected) {
            redirect.addFlashAttribute("problem", rejected.rule());
        } else if (purpose == Purpose.ADVISOR && to == null) {
            redirect.addFlashAttribute("problem", "consent.grantee");
        } else if (given) {
            consents.give(person, purpose, to, user().accountId());
        } else {
            consents.withdraw(person, purpose, to, user().accountId());
        }
        return "redirect:/paspoort#toestemming";
    }

    @GetMapping("/download")
    ResponseEntity<Map<String, Object>> download() {
        UUID person = passports.ownPersonId(user()).orElseThrow();
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=mijn-werkpad-gegevens.json")
                .body(passports.export(person, user()));
    }

    @GetMapping("/afdrukken")
    String print(Model model) {
        model.addAttribute("passport", own().orElseThrow());
        return "passport/print";
    }

    @PostMapping("/wissen")
    String erase(@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes redirect) {
        if (!confirm) {
            redirect.addFlashAttribute("problem", "passport.erase-confirm");
            return "redirect:/paspoort#wissen";
        }
        passports.erase(passports.ownPersonId(user()).orElseThrow(), user());
        redirect.addFlashAttribute("erased", true);
        return "redirect:/paspoort";
    }

    private String save(Optional<Passport> passport, PassportInput input, RedirectAttributes redirect, String what) {
        try {
            if (passport.isPresent()) {
                passports.replace(passport.get().personId(), input, user());
            } else {
                passports.create(input, user());
            }
            redirect.addFlashAttribute("saved", what);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
            // an input rule names its bound (e.g. 1950..2100, 200 characters) so the message can say it
            redirect.addFlashAttribute(
                    "problemLimit",
                    e instanceof nl.werkpad.shared.InvalidInput invalid
                                    && invalid.errors().getFirst().limit() != null
                            ? invalid.errors().getFirst().limit().toString()
                            : "");
        }
        return "redirect:/paspoort";
    }

    private static PassportInput withWork(PassportInput in, List<PassportInput.WorkEntry> work) {
        return in.withWorkHistory(work);
    }

    private static PassportInput withEducation(PassportInput in, List<PassportInput.EducationEntry> education) {
        return in.withEducation(education);
    }

    private static PassportInput withSkills(PassportInput in, List<String> add, SkillSource source, Integer level) {
        List<PassportInput.SkillEntry> skills = new ArrayList<>(in.skills());
        add.stream()
                .filter(id -> skills.stream().noneMatch(s -> s.skill().equals(id)))
                .forEach(id -> skills.add(new PassportInput.SkillEntry(id, source, level)));
        return in.withSkills(skills);
    }
}
