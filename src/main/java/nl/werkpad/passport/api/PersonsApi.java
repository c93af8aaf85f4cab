package nl.werkpad.passport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkpad.access.Accounts;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportInput;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.PersonNotFound;
import nl.werkpad.passport.domain.ConsentRules;
import nl.werkpad.privacy.Consent;
import nl.werkpad.privacy.Consents;
import nl.werkpad.privacy.ProcessingEntry;
import nl.werkpad.privacy.ProcessingLog;
import nl.werkpad.privacy.Purpose;
import nl.werkpad.shared.Decision.Rejected;
import nl.werkpad.shared.RuleViolation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Residents and their skills passport. A resident manages their own passport and consents; an advisor
 * works on the passports shared with them. For anyone else a person does not exist (404), whatever the id.
 */
@RestController
@RequestMapping("/api/v1/persons")
class PersonsApi {

    record ConsentBody(UUID grantee) {}

    private final Passports passports;
    private final Consents consents;
    private final ProcessingLog log;
    private final Accounts accounts;

    PersonsApi(Passports passports, Consents consents, ProcessingLog log, Accounts accounts) {
        this.passports = passports;
        this.consents = consents;
        this.log = log;
        this.accounts = accounts;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('INWONER', 'ADVISEUR')")
    @Operation(
            summary = "Paspoort aanmaken: door de inwoner zelf of door een adviseur / create a person and passport",
            description =
                    "Maakt een persoon met vaardighedenpaspoort: door de inwoner zelf (één per account) of door een adviseur voor iemand die hij helpt. / Creates a person and passport; by the resident or an advisor.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Passport> create(@RequestBody PassportInput input, SignedInUser user) {
        Passport created = passports.create(input, user);
        return ResponseEntity.created(URI.create("/api/v1/persons/" + created.personId() + "/passport"))
                .body(created);
    }

    @GetMapping("/me")
    @Operation(
            summary = "Het eigen paspoort van de aanroeper / the caller's own passport",
            description =
                    "Het paspoort van de ingelogde inwoner; 404 als die er nog geen heeft. / The signed-in resident's own passport.")
    Passport me(SignedInUser user) {
        UUID own = passports.ownPersonId(user).orElseThrow(() -> PersonNotFound.byId("me"));
        return passports.read(own, user, "eigen inzage");
    }

    @GetMapping("/{id}/passport")
    @Operation(
            summary = "Paspoort lezen (inwoner zelf, of adviseur met toestemming; wordt gelogd) / read a passport",
            description =
                    "Leest een paspoort met het doel van de inzage; elke inzage door een ander dan de inwoner staat in het verwerkingslogboek. De inwoner zelf, of een adviseur met toestemming; voor anderen bestaat de persoon niet (404). / Reads a passport, every read logged.")
    Passport read(
            @PathVariable UUID id, @RequestParam(defaultValue = "begeleiding") String purpose, SignedInUser user) {
        return passports.read(id, user, purpose);
    }

    @PutMapping("/{id}/passport")
    @Operation(
            summary = "Paspoort vervangen / replace a passport",
            description =
                    "Vervangt het hele paspoort: woonplaats, reisafstand, vaardigheden, werkervaring en opleidingen. De inwoner zelf of een adviseur met toestemming. / Replaces a passport.")
    Passport replace(@PathVariable UUID id, @RequestBody PassportInput input, SignedInUser user) {
        return passports.replace(id, input, user);
    }

    @PostMapping("/{id}/passport/skills")
    @Operation(
            summary = "Vaardigheden toevoegen aan het paspoort / add skills",
            description =
                    "Voegt ESCO-vaardigheden met niveau en bron toe; vaardigheden die er al staan blijven zoals ze zijn. De inwoner zelf of een adviseur met toestemming. / Adds skills to a passport.")
    Passport addSkills(@PathVariable UUID id, @RequestBody List<PassportInput.SkillEntry> skills, SignedInUser user) {
        PassportInput in = passports.read(id, user, "begeleiding").toInput();
        List<PassportInput.SkillEntry> all = new ArrayList<>(in.skills());
        skills.stream()
                .filter(s -> all.stream().noneMatch(a -> a.skill().equals(s.skill())))
                .forEach(all::add);
        return passports.replace(id, in.withSkills(all), user);
    }

    @PostMapping("/{id}/passport/work-history")
    @Operation(
            summary = "Werkervaring toevoegen (ESCO-beroep) / add work history",
            description =
                    "Voegt werkervaring toe in een ESCO-beroep met de jaren. De inwoner zelf of een adviseur met toestemming. / Adds a work-history entry.")
    Passport addWork(@PathVariable UUID id, @RequestBody PassportInput.WorkEntry work, SignedInUser user) {
        PassportInput in = passports.read(id, user, "begeleiding").toInput();
        List<PassportInput.WorkEntry> all = new ArrayList<>(in.workHistory());
        all.add(work);
        return passports.replace(id, in.withWorkHistory(all), user);
    }

    @PostMapping("/{id}/passport/education")
    @Operation(
            summary = "Diploma of certificaat toevoegen / add a diploma or certificate",
            description =
                    "Voegt een diploma of certificaat met niveau en jaar toe. De inwoner zelf of een adviseur met toestemming. / Adds a diploma or certificate.")
    Passport addEducation(
            @PathVariable UUID id, @RequestBody PassportInput.EducationEntry education, SignedInUser user) {
        PassportInput in = passports.read(id, user, "begeleiding").toInput();
        List<PassportInput.EducationEntry> all = new ArrayList<>(in.education());
        all.add(education);
        return passports.replace(id, in.withEducation(all), user);
    }

    @GetMapping("/{id}/consents")
    @Transactional(readOnly = true)
    @Operation(
            summary = "Mijn toestemmingen / my consents",
            description =
                    "De toestemmingen die de inwoner nu geeft (gevonden worden, adviseur, gebruik in de monitor). Alleen de inwoner zelf. / The resident's current consents; the resident only.")
    List<Consent> consents(@PathVariable UUID id, SignedInUser user) {
        requireSelf(id, user);
        return consents.current(id);
    }

    @PutMapping("/{id}/consents/{purpose}")
    @Transactional
    @Operation(
            summary = "Toestemming geven (bij ADVISOR met de adviseur als grantee) / give consent",
            description =
                    "Geeft toestemming voor een doel; voor ADVISOR met de adviseur als grantee. Vastgelegd met tijd en wie. Alleen de inwoner zelf. / Gives consent for a purpose; the resident only.")
    List<Consent> give(
            @PathVariable UUID id,
            @PathVariable Purpose purpose,
            @RequestBody(required = false) ConsentBody body,
            SignedInUser user) {
        requireSelf(id, user);
        UUID grantee = grantee(purpose, body);
        if (ConsentRules.grantee(purpose, grantee, isAdvisor(grantee)) instanceof Rejected rejected) {
            throw RuleViolation.of(rejected.rule(), rejected.reason());
        }
        consents.give(id, purpose, grantee, user.accountId());
        return consents.current(id);
    }

    @DeleteMapping("/{id}/consents/{purpose}")
    @Transactional
    @Operation(
            summary = "Toestemming intrekken / withdraw consent",
            description =
                    "Trekt een toestemming in; voor ADVISOR met de adviseur als grantee. Vanaf dan ziet de ander niets meer. Alleen de inwoner zelf. / Withdraws consent; the resident only.")
    List<Consent> withdraw(
            @PathVariable UUID id,
            @PathVariable Purpose purpose,
            @RequestParam(required = false) UUID grantee,
            SignedInUser user) {
        requireSelf(id, user);
        consents.withdraw(id, purpose, grantee(purpose, new ConsentBody(grantee)), user.accountId());
        return consents.current(id);
    }

    @GetMapping("/{id}/export")
    @Operation(
            summary = "Alles wat Werkpad over de persoon bewaart (JSON) / data download",
            description =
                    "Alles wat Werkpad over de persoon bewaart als JSON-bestand (recht op inzage en overdraagbaarheid). De inwoner zelf. / A download of all data held about the person.")
    ResponseEntity<Map<String, Object>> export(@PathVariable UUID id, SignedInUser user) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=mijn-werkpad-gegevens.json")
                .body(passports.export(id, user));
    }

    @GetMapping("/{id}/processing-log")
    @Transactional(readOnly = true)
    @Operation(
            summary = "Wie heeft mijn gegevens ingezien of gewijzigd, en waarom / who looked at my data",
            description =
                    "Het verwerkingslogboek: wie de gegevens inzag of wijzigde, wanneer en met welk doel. Alleen de inwoner zelf. / Who read or changed the data, when and why; the resident only.")
    List<ProcessingEntry> processingLog(@PathVariable UUID id, SignedInUser user) {
        requireSelf(id, user);
        return log.forSubject(id, 500);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Persoonsgegevens wissen (recht op vergetelheid) / erase personal data",
            description =
                    "Wist de persoonsgegevens (recht op vergetelheid); wat de wet laat bewaren, zoals het grootboek, blijft zonder naam. De inwoner zelf. / Erases the person's data; the resident.")
    @ApiResponse(responseCode = "204", description = "Gedaan, geen inhoud / done, no content")
    ResponseEntity<Void> erase(@PathVariable UUID id, SignedInUser user) {
        passports.erase(id, user);
        return ResponseEntity.noContent().build();
    }

    private void requireSelf(UUID id, SignedInUser user) {
        if (!passports.ownPersonId(user).map(id::equals).orElse(false)) {
            throw PersonNotFound.byId(id);
        }
    }

    private boolean isAdvisor(UUID account) {
        return account != null
                && accounts.byId(account)
                        .map(a -> a.roles().contains(Role.ADVISEUR))
                        .orElse(false);
    }

    private static UUID grantee(Purpose purpose, ConsentBody body) {
        UUID grantee = body == null ? null : body.grantee();
        if ((purpose == Purpose.ADVISOR) != (grantee != null)) {
            throw RuleViolation.of(
                    "consent.grantee", "Consent for an advisor names the advisor (grantee); other consents do not");
        }
        return grantee;
    }
}
