package nl.werkpad.vacancies.web;

import java.io.IOException;
import java.io.InputStream;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.formats.JobPostingReader;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading JobPostings (a .jsonld/.json file, NDJSON or a saved HTML page) on the employer's and the
 * administrator's pages; the page shows the report posting by posting. An employer imports for their own
 * organisation, an administrator for any (docs/formats.md).
 */
@Controller
class JobPostingImportPages {

    private final JobPostingImports imports;

    JobPostingImportPages(JobPostingImports imports) {
        this.imports = imports;
    }

    @GetMapping("/werkgever/vacatures/importeren")
    @PreAuthorize("hasRole('WERKGEVER')")
    String employerForm(Model model) {
        return form("/werkgever/vacatures/importeren", "/werkgever/vacatures", model);
    }

    @PostMapping("/werkgever/vacatures/importeren")
    @PreAuthorize("hasRole('WERKGEVER')")
    String employerUpload(
            @RequestParam(name = "bestand", required = false) MultipartFile file, Model model, SignedInUser user)
            throws IOException {
        return upload(file, model, user, "/werkgever/vacatures/importeren", "/werkgever/vacatures");
    }

    @GetMapping("/beheer/vacatures/importeren")
    @PreAuthorize("hasRole('BEHEERDER')")
    String administratorForm(Model model) {
        return form("/beheer/vacatures/importeren", "/beheer/vacaturebronnen", model);
    }

    @PostMapping("/beheer/vacatures/importeren")
    @PreAuthorize("hasRole('BEHEERDER')")
    String administratorUpload(
            @RequestParam(name = "bestand", required = false) MultipartFile file, Model model, SignedInUser user)
            throws IOException {
        return upload(file, model, user, "/beheer/vacatures/importeren", "/beheer/vacaturebronnen");
    }

    private String form(String action, String back, Model model) {
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        return "vacancies/import";
    }

    private String upload(MultipartFile file, Model model, SignedInUser user, String action, String back)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "vacancy.import.file-missing");
            return form(action, back, model);
        }
        if (file.getSize() > JobPostingReader.MAX_BYTES) {
            model.addAttribute("fileError", "vacancy.import.too-large");
            return form(action, back, model);
        }
        byte[] body;
        try (InputStream in = file.getInputStream()) {
            body = in.readNBytes(JobPostingReader.MAX_BYTES + 1);
        }
        JobPostingImports.ImportReport report = imports.importPostings(body, JobPostingImports.Source.upload(), user);
        if (report.items().isEmpty() && !report.problems().isEmpty()) {
            model.addAttribute("fileError", report.problems().getFirst().rule());
            return form(action, back, model);
        }
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return form(action, back, model);
    }
}
