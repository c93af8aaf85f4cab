package nl.werkpad.europass.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.europass.Europass;
import nl.werkpad.europass.EuropassProposal;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.SkillSource;
import nl.werkpad.shared.InvalidInput;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resident's Europass: download the passport as a Europass CV (XML), upload a Europass CV (XML or PDF), see
 * what it proposes and tick what goes into the passport. Works without JavaScript.
 */
@Controller
@PreAuthorize("hasRole('INWONER')")
class EuropassPages {

    private final Europass europass;
    private final Passports passports;

    EuropassPages(Europass europass, Passports passports) {
        this.europass = europass;
        this.passports = passports;
    }

    @GetMapping(value = "/paspoort/europass.xml", produces = "application/xml")
    ResponseEntity<String> download(SignedInUser me) {
        UUID person =
                passports.ownPersonId(me).orElseThrow(() -> nl.werkpad.shared.NotFound.of("passport", me.accountId()));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=europass-cv.xml")
                .body(europass.export(person, me));
    }

    @GetMapping("/paspoort/europass")
    String form() {
        return "europass/upload";
    }

    @PostMapping("/paspoort/europass")
    String upload(@RequestParam(name = "bestand", required = false) MultipartFile file, Model model)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "europass.file-missing");
            return "europass/upload";
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(nl.werkpad.europass.domain.EuropassPdf.MAX_BYTES + 1);
        }
        try {
            EuropassProposal proposal = europass.propose(bytes);
            model.addAttribute("proposal", proposal);
        } catch (InvalidInput e) {
            model.addAttribute("fileError", e.errors().getFirst().rule());
        }
        return "europass/upload";
    }

    /** The ticked parts arrive as "occupation|employer|from|to", "skill|level" and "title|institution|year". */
    @PostMapping("/paspoort/europass/overnemen")
    String confirm(jakarta.servlet.http.HttpServletRequest request, RedirectAttributes redirect, SignedInUser me) {
        // read as sent: a bound List<String> would split a single value at its commas
        List<String> work = values(request, "werk");
        List<String> skills = values(request, "vaardigheid");
        List<String> education = values(request, "opleiding");
        UUID person =
                passports.ownPersonId(me).orElseThrow(() -> nl.werkpad.shared.NotFound.of("passport", me.accountId()));
        List<PassportInput.WorkEntry> w = new ArrayList<>();
        for (String line : work) {
            String[] p = parts(line);
            w.add(new PassportInput.WorkEntry(p[0], p[1].isBlank() ? null : p[1], year(p[2]), year(p[3])));
        }
        List<PassportInput.SkillEntry> s = new ArrayList<>();
        for (String line : skills) {
            String[] p = parts(line);
            s.add(new PassportInput.SkillEntry(p[0], SkillSource.SELF_ASSESSED, year(p[1])));
        }
        List<PassportInput.EducationEntry> e = new ArrayList<>();
        for (String line : education) {
            String[] p = parts(line);
            e.add(new PassportInput.EducationEntry(
                    PassportInput.EducationKind.DIPLOMA, p[0], p[1].isBlank() ? null : p[1], year(p[2])));
        }
        europass.confirm(person, new Europass.Confirmation(s, w, e), me);
        redirect.addFlashAttribute("europassConfirmed", s.size() + w.size() + e.size());
        return "redirect:/paspoort";
    }

    private static List<String> values(jakarta.servlet.http.HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    /** Each part is URL-encoded by the page, so a "|" in a name cannot split it. */
    private static String[] parts(String line) {
        String[] p = line.split("\\|", -1);
        for (int i = 0; i < p.length; i++) {
            p[i] = java.net.URLDecoder.decode(p[i], java.nio.charset.StandardCharsets.UTF_8);
        }
        return p;
    }

    private static Integer year(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }
}
