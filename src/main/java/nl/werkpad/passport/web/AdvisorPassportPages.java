package nl.werkpad.passport.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.LabourMarketStatus;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.regions.MunicipalityPicker;
import nl.werkpad.regions.Regions;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An advisor makes a passport for someone who asked them in person: where they live and travel, their
 * situation, their last occupation (its essential skills are taken over as work experience) and skills the
 * advisor validated. The advisor gets the person's ADVISOR consent, which the person can withdraw.
 */
@Controller
@PreAuthorize("hasRole('ADVISEUR')")
class AdvisorPassportPages {

    private final Passports passports;
    private final Taxonomy taxonomy;
    private final Regions regions;

    AdvisorPassportPages(Passports passports, Taxonomy taxonomy, Regions regions) {
        this.passports = passports;
        this.taxonomy = taxonomy;
        this.regions = regions;
    }

    @GetMapping("/adviseur/paspoort/nieuw")
    String form(Model model) {
        return page("", null, "", 25, LabourMarketStatus.JOB_SEEKER, null, "", List.of(), "", null, model);
    }

    @PostMapping("/adviseur/paspoort")
    String create(
            @RequestParam(defaultValue = "") @Size(max = Limits.NAME) String name,
            @RequestParam(required = false) String municipality,
            @RequestParam(defaultValue = "") String municipalityQuery,
            @RequestParam(required = false) Integer travelKm,
            @RequestParam(required = false) LabourMarketStatus status,
            @RequestParam(required = false) String occupation,
            @RequestParam(defaultValue = "") String occupationQuery,
            @RequestParam(required = false) List<String> skills,
            @RequestParam(defaultValue = "") String skillsQuery,
            @RequestParam(name = "_picker", required = false) String picker,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        List<String> chosen = skills == null ? List.of() : skills;
        if (picker != null) {
            return page(
                    name,
                    municipality,
                    municipalityQuery,
                    travelKm,
                    status,
                    occupation,
                    occupationQuery,
                    chosen,
                    skillsQuery,
                    null,
                    model);
        }
        List<PassportInput.SkillEntry> entries = new ArrayList<>();
        List<PassportInput.WorkEntry> work = new ArrayList<>();
        if (occupation != null && !occupation.isBlank()) {
            work.add(new PassportInput.WorkEntry(occupation, null, null, null));
            taxonomy.occupation(occupation, "en").ifPresent(o -> o.essentialSkills().stream()
                    .map(SkillRef::id)
                    .forEach(id -> entries.add(new PassportInput.SkillEntry(id, SkillSource.WORK_EXPERIENCE, null))));
        }
        chosen.stream()
                .filter(id -> entries.stream().noneMatch(e -> e.skill().equals(id)))
                .forEach(id -> entries.add(new PassportInput.SkillEntry(id, SkillSource.VALIDATED, null)));
        try {
            Passport created = passports.create(
                    new PassportInput(
                            name.isBlank() ? null : name.strip(),
                            municipality,
                            travelKm,
                            status,
                            null,
                            null,
                            List.of(),
                            false,
                            entries,
                            work,
                            List.of()),
                    user);
            redirect.addFlashAttribute("created", created.name());
            return "redirect:/adviseur/personen";
        } catch (RuleViolation e) {
            return page(
                    name,
                    municipality,
                    municipalityQuery,
                    travelKm,
                    status,
                    occupation,
                    occupationQuery,
                    chosen,
                    skillsQuery,
                    e.rule(),
                    model);
        }
    }

    private String page(
            String name,
            String municipality,
            String municipalityQuery,
            Integer travelKm,
            LabourMarketStatus status,
            String occupation,
            String occupationQuery,
            List<String> skills,
            String skillsQuery,
            String problem,
            Model model) {
        String language = Languages.current();
        model.addAttribute("name", name);
        model.addAttribute("travelKm", travelKm);
        model.addAttribute("status", status);
        model.addAttribute("statuses", LabourMarketStatus.values());
        model.addAttribute(
                "municipalityPicker", MunicipalityPicker.of("municipality", municipality, municipalityQuery, regions));
        model.addAttribute(
                "occupationPicker", OccupationPicker.of("occupation", occupation, occupationQuery, language, taxonomy));
        model.addAttribute("skillPicker", SkillPicker.of("skills", skills, skillsQuery, language, taxonomy));
        model.addAttribute("problem", problem);
        return "passport/advisor-new";
    }
}
