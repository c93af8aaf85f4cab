package nl.werkpad.passport.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.document.DocumentText;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Languages;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.taxonomy.OccupationPicker;
import nl.werkpad.taxonomy.SkillPicker;
import nl.werkpad.taxonomy.SkillRef;
import nl.werkpad.taxonomy.Taxonomy;
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
 * suggests its skills to confirm or drop), skills with their source, and who looked at the passport. Consents,
 * the download, the print view and erasure are {@link PassportRightsPages}. Every part works without JavaScript.
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

    private Optional<Passport> own(SignedInUser user) {
        return passports.ownPersonId(user).map(id -> passports.read(id, user, "eigen inzage"));
    }

    @GetMapping
    String page(
            @RequestParam(required = false) String suggest,
            HttpServletRequest request,
            Model model,
            SignedInUser user) {
        Optional<Passport> passport = own(user);
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
        model.addAttribute("maxChars", SkillExtraction.MAX_TEXT_CHARS);
        model.addAttribute("accept", DocumentText.ACCEPT);
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
            RedirectAttributes redirect,
            SignedInUser user) {
        if (picker != null) {
            return page(null, request, model, user);
        }
        Optional<Passport> passport = own(user);
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
        return save(passport, input, redirect, "basics", user);
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
            RedirectAttributes redirect,
            SignedInUser user) {
        Optional<Passport> passport = own(user);
        if (picker != null || occupation == null || passport.isEmpty()) {
            return page(null, request, model, user);
        }
        PassportInput in = passport.get().toInput();
        List<PassportInput.WorkEntry> work = new ArrayList<>(in.workHistory());
        work.add(new PassportInput.WorkEntry(occupation, employer.isBlank() ? null : employer, fromYear, toYear));
        String result = save(passport, withWork(in, work), redirect, "work", user);
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
            RedirectAttributes redirect,
            SignedInUser user) {
        Optional<Passport> passport = own(user);
        if (picker != null || skills == null || skills.isEmpty() || passport.isEmpty()) {
            return page(null, request, model, user);
        }
        return save(passport, withSkills(passport.get().toInput(), skills, source, level), redirect, "skills", user);
    }

    @PostMapping("/opleiding")
    String addEducation(
            @RequestParam(required = false) PassportInput.EducationKind kind,
            @RequestParam(defaultValue = "") @Size(max = Limits.TITLE) String title,
            @RequestParam(defaultValue = "") @Size(max = Limits.SHORT) String institution,
            @RequestParam(required = false) Integer year,
            RedirectAttributes redirect,
            SignedInUser user) {
        Optional<Passport> passport = own(user);
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
        return save(passport, withEducation(in, education), redirect, "education", user);
    }

    @PostMapping("/opleiding/verwijderen")
    String removeEducation(@RequestParam int index, RedirectAttributes redirect, SignedInUser user) {
        Optional<Passport> passport = own(user);
        if (passport.isEmpty()
                || index < 0
                || index >= passport.get().education().size()) {
            return "redirect:/paspoort";
        }
        PassportInput in = passport.get().toInput();
        List<PassportInput.EducationEntry> education = new ArrayList<>(in.education());
        education.remove(index);
        return save(passport, withEducation(in, education), redirect, "education", user);
    }

    @PostMapping("/vaardigheden/bevestigen")
    String confirm(
            @RequestParam(required = false) List<String> skills, RedirectAttributes redirect, SignedInUser user) {
        Optional<Passport> passport = own(user);
        if (skills == null || skills.isEmpty() || passport.isEmpty()) {
            return "redirect:/paspoort";
        }
        return save(
                passport,
                withSkills(passport.get().toInput(), skills, SkillSource.WORK_EXPERIENCE, null),
                redirect,
                "skills",
                user);
    }

    @PostMapping("/vaardigheden/verwijderen")
    String removeSkill(@RequestParam String skill, RedirectAttributes redirect, SignedInUser user) {
        Optional<Passport> passport = own(user);
        if (passport.isEmpty()) {
            return "redirect:/paspoort";
        }
        PassportInput in = passport.get().toInput();
        return save(
                passport,
                in.withSkills(in.skills().stream()
                        .filter(s -> !s.skill().equals(skill))
                        .toList()),
                redirect,
                "skills",
                user);
    }

    private String save(
            Optional<Passport> passport,
            PassportInput input,
            RedirectAttributes redirect,
            String what,
            SignedInUser user) {
        try {
            if (passport.isPresent()) {
                passports.replace(passport.get().personId(), input, user);
            } else {
                passports.create(input, user);
            }
            redirect.addFlashAttribute("saved", what);
        } catch (RuleViolation e) {
            redirect.addFlashAttribute("problem", e.rule());
            // an input rule names its bound (e.g. 1950..2100, 200 characters) so the message can say it
            redirect.addFlashAttribute(
                    "problemLimit",
                    e instanceof InvalidInput invalid
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
