package nl.werkpad.passport.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.SkillExtraction;
import nl.werkpad.extraction.document.DocumentText;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.PassportProposal;
import nl.werkpad.passport.PassportProposals;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.ProposalConfirmation;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.InvalidInput;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Plak uw cv of vertel wat u deed": a resident (or an advisor for a client who shared their passport) pastes a CV
 * or uploads one, sees the occupations and skills it names with the words that gave rise to them marked in the
 * text, and ticks what is right. Only what is ticked lands in the passport; the text and the file are not kept.
 * Plain forms, so it all works without JavaScript.
 */
@Controller
class ProposalPages {

    private final PassportProposals proposals;
    private final Passports passports;

    ProposalPages(PassportProposals proposals, Passports passports) {
        this.proposals = proposals;
        this.passports = passports;
    }

    // ---- the resident, for their own passport

    @GetMapping("/paspoort/uit-tekst")
    @PreAuthorize("hasRole('INWONER')")
    String residentForm(Model model, SignedInUser user) {
        return page(own(user), "/paspoort", "", null, null, model);
    }

    @PostMapping("/paspoort/uit-tekst")
    @PreAuthorize("hasRole('INWONER')")
    String residentText(@RequestParam(defaultValue = "") String text, Model model, SignedInUser user) {
        return fromText(own(user), "/paspoort", text, model);
    }

    @PostMapping("/paspoort/uit-cv")
    @PreAuthorize("hasRole('INWONER')")
    String residentFile(@RequestParam(required = false) MultipartFile file, Model model, SignedInUser user)
            throws IOException {
        return fromFile(own(user), "/paspoort", file, model);
    }

    @PostMapping("/paspoort/uit-tekst/bevestigen")
    @PreAuthorize("hasRole('INWONER')")
    String residentConfirm(HttpServletRequest request, Model model, RedirectAttributes redirect, SignedInUser user) {
        Passport passport = own(user);
        if (passport == null) {
            return "redirect:/paspoort";
        }
        return confirm(passport, "/paspoort", request, model, redirect, "redirect:/paspoort#vaardigheden", user);
    }

    private Passport own(SignedInUser user) {
        return passports
                .ownPersonId(user)
                .map(id -> passports.read(id, user, "eigen inzage"))
                .orElse(null);
    }

    // ---- an advisor, for a client who shared their passport with them

    @GetMapping("/adviseur/personen/{id}/uit-tekst")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorForm(@PathVariable UUID id, Model model, SignedInUser user) {
        return page(client(id, user), base(id), "", null, null, model);
    }

    @PostMapping("/adviseur/personen/{id}/uit-tekst")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorText(
            @PathVariable UUID id, @RequestParam(defaultValue = "") String text, Model model, SignedInUser user) {
        return fromText(client(id, user), base(id), text, model);
    }

    @PostMapping("/adviseur/personen/{id}/uit-cv")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorFile(
            @PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model, SignedInUser user)
            throws IOException {
        return fromFile(client(id, user), base(id), file, model);
    }

    @PostMapping("/adviseur/personen/{id}/uit-tekst/bevestigen")
    @PreAuthorize("hasRole('ADVISEUR')")
    String advisorConfirm(
            @PathVariable UUID id,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            SignedInUser user) {
        return confirm(
                client(id, user), base(id), request, model, redirect, "redirect:" + base(id) + "/uit-tekst", user);
    }

    private Passport client(UUID id, SignedInUser user) {
        return passports.read(id, user, "vaardigheden uit tekst voorstellen");
    }

    private static String base(UUID id) {
        return "/adviseur/personen/" + id;
    }

    // ---- shared

    private String fromText(Passport person, String base, String text, Model model) {
        if (person == null) {
            return "redirect:/paspoort";
        }
        try {
            return page(person, base, text, proposals.fromText(text, null), null, model);
        } catch (InvalidInput e) {
            return page(person, base, text, null, e, model);
        }
    }

    private String fromFile(Passport person, String base, MultipartFile file, Model model) throws IOException {
        if (person == null) {
            return "redirect:/paspoort";
        }
        try {
            if (file != null && file.getSize() > DocumentText.MAX_BYTES) {
                throw InvalidInput.of("file", DocumentText.TOO_LARGE, "the file is larger than 5 MB", "5 MB");
            }
            PassportProposal proposal = proposals.fromDocument(
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes(), null);
            return page(person, base, proposal.text(), proposal, null, model);
        } catch (InvalidInput e) {
            return page(person, base, "", null, e, model);
        }
    }

    private String confirm(
            Passport person,
            String base,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            String done,
            SignedInUser user) {
        String[] stated = request.getParameterValues("skills");
        String[] fromOccupations = request.getParameterValues("occupationSkills");
        String[] work = request.getParameterValues("work");
        String[] educated = request.getParameterValues("education");
        List<PassportInput.SkillEntry> skills = new ArrayList<>();
        // a skill the person names is their own statement; one that came with a confirmed occupation is work experience
        if (stated != null) {
            for (String id : stated) {
                skills.add(new PassportInput.SkillEntry(id, SkillSource.SELF_ASSESSED, level(request, id)));
            }
        }
        if (fromOccupations != null) {
            List.of(fromOccupations)
                    .forEach(id -> skills.add(new PassportInput.SkillEntry(id, SkillSource.WORK_EXPERIENCE, null)));
        }
        String text = request.getParameter("text") == null ? "" : request.getParameter("text");
        try {
            List<PassportInput.WorkEntry> history = new ArrayList<>();
            if (work != null) {
                for (String i : work) {
                    history.add(workEntry(request, i));
                }
            }
            List<PassportInput.EducationEntry> education = new ArrayList<>();
            if (educated != null) {
                for (String i : educated) {
                    education.add(educationEntry(request, i));
                }
            }
            if (skills.isEmpty() && history.isEmpty() && education.isEmpty()) {
                throw InvalidInput.of("proposals", "proposal.nothing-chosen", "nothing was ticked", null);
            }
            proposals.confirm(person.personId(), new ProposalConfirmation(skills, history, education), user);
            redirect.addFlashAttribute("saved", "proposals");
            redirect.addFlashAttribute("confirmed", skills.size() + history.size() + education.size());
            return done;
        } catch (RuleViolation e) {
            PassportProposal again = null;
            try {
                again = text.isBlank() ? null : proposals.fromText(text, null);
            } catch (InvalidInput ignored) {
                // the text was read once already; if it no longer reads, the page shows the form again
            }
            return page(person, base, text, again, e, model);
        }
    }

    private static PassportInput.WorkEntry workEntry(HttpServletRequest request, String index) {
        String employer = request.getParameter("employer_" + index);
        InputCheck.of()
                .required("occupation_" + index, request.getParameter("occupation_" + index))
                .line("employer_" + index, employer, Limits.SHORT)
                .orThrow();
        return new PassportInput.WorkEntry(
                request.getParameter("occupation_" + index),
                employer == null || employer.isBlank() ? null : employer.strip(),
                year(request, "fromYear_" + index),
                year(request, "toYear_" + index));
    }

    /** A diploma or course a structured CV named: its title, institution and year travel with the form. */
    private static PassportInput.EducationEntry educationEntry(HttpServletRequest request, String index) {
        String title = request.getParameter("educationTitle_" + index);
        String institution = request.getParameter("educationInstitution_" + index);
        InputCheck.of()
                .required("educationTitle_" + index, title)
                .line("educationTitle_" + index, title, Limits.SHORT)
                .line("educationInstitution_" + index, institution, Limits.SHORT)
                .orThrow();
        return new PassportInput.EducationEntry(
                PassportInput.EducationKind.DIPLOMA,
                title.strip(),
                institution == null || institution.isBlank() ? null : institution.strip(),
                year(request, "educationYear_" + index));
    }

    /** The level (1–5) a structured CV gave a skill, such as a language's from its CEFR levels; else none. */
    private static Integer level(HttpServletRequest request, String skill) {
        String value = request.getParameter("level_" + skill);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Integer level = Integer.valueOf(value.strip());
            InputCheck.of().range("level_" + skill, level, 1, 5).orThrow();
            return level;
        } catch (NumberFormatException e) {
            throw InvalidInput.of("level_" + skill, InputCheck.OUT_OF_RANGE, "a level is 1 to 5", "1..5");
        }
    }

    private static Integer year(HttpServletRequest request, String field) {
        String value = request.getParameter(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Integer year = Integer.valueOf(value.strip());
            InputCheck.of()
                    .range(field, year, Limits.FIRST_YEAR, Limits.LAST_YEAR)
                    .orThrow();
            return year;
        } catch (NumberFormatException e) {
            throw InvalidInput.of(
                    field, InputCheck.OUT_OF_RANGE, field + " is a year", Limits.FIRST_YEAR + ".." + Limits.LAST_YEAR);
        }
    }

    private String page(
            Passport person, String base, String text, PassportProposal proposal, RuleViolation problem, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("base", base);
        model.addAttribute("advisor", base.startsWith("/adviseur"));
        model.addAttribute("text", text);
        model.addAttribute("view", proposal == null ? null : ProposalView.of(proposal));
        model.addAttribute("maxChars", SkillExtraction.MAX_TEXT_CHARS);
        // a Europass CV (XML, or a PDF carrying it) is read through the same form
        model.addAttribute("accept", DocumentText.ACCEPT + ",.xml,application/xml,text/xml");
        if (problem != null) {
            model.addAttribute("problemField", problem instanceof InvalidInput invalid ? invalid.field() : "proposals");
            model.addAttribute("problemRule", problem.rule());
            // the bound itself, not its text: a message may format it as a number ("100.000 tekens")
            model.addAttribute(
                    "problemLimit",
                    problem instanceof InvalidInput invalid
                                    && invalid.errors().getFirst().limit() != null
                            ? invalid.errors().getFirst().limit()
                            : "");
        }
        return "passport/from-text";
    }
}
