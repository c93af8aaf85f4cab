package nl.werkpad.passport.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.util.UUID;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.extraction.document.DocumentText;
import nl.werkpad.passport.Passport;
import nl.werkpad.passport.PassportProposal;
import nl.werkpad.passport.PassportProposals;
import nl.werkpad.passport.Passports;
import nl.werkpad.passport.ProposalConfirmation;
import nl.werkpad.shared.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * A passport from text through the API, in the page's two steps: proposals (nothing written), then what the person
 * confirmed, added in one change. The resident themself or an advisor with their consent.
 */
@RestController
class PassportProposalsApi {

    record TextBody(
            @Schema(
                    description =
                            "Een cv of wat iemand vertelt, ten hoogste 100.000 tekens / a CV or what someone tells",
                    maxLength = 100_000,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            @JsonDeserialize(using = StringDeserializer.class)
            String text,

            @Schema(
                    description = "nl of en; zonder: herkend uit de tekst / nl or en; detected when absent",
                    maxLength = 2,
                    pattern = "^(nl|en)$")
            @Nullable
            String language) {}

    private final PassportProposals proposals;
    private final Passports passports;

    PassportProposalsApi(PassportProposals proposals, Passports passports) {
        this.proposals = proposals;
        this.passports = passports;
    }

    @PostMapping("/api/v1/persons/{id}/passport/proposals")
    @Operation(
            summary = "Voorstellen voor het paspoort uit een tekst / passport proposals from a text",
            description = "Leest een cv of verhaal en stelt beroepen (met de jaren en werkgever uit dezelfde regel) en "
                    + "vaardigheden voor, elk met de woorden waar het vandaan komt. Schrijft niets: bevestigen gaat via "
                    + "/persons/{id}/passport/confirmations. De inwoner zelf of een adviseur met toestemming. / Proposes "
                    + "occupations with years and skills from a text, with their evidence; writes nothing.")
    PassportProposal propose(@PathVariable UUID id, @RequestBody TextBody body, SignedInUser user) {
        passports.read(id, user, "vaardigheden uit tekst voorstellen");
        return proposals.fromText(body.text(), body.language());
    }

    @PostMapping(value = "/api/v1/persons/{id}/passport/proposals/document", consumes = "multipart/form-data")
    @Operation(
            summary = "Voorstellen uit een cv-bestand / passport proposals from a CV file",
            description =
                    "Leest een geüpload cv (PDF, DOCX, ODT, TXT, ten hoogste 5 MB) of een Europass-cv (het XML-bestand of "
                            + "de pdf van Europass, met werk, opleidingen en talen met hun niveau) en stelt voor zoals bij een tekst. "
                            + "Schrijft niets. / Reads an uploaded CV or a Europass CV (XML or PDF) into proposals; writes nothing.")
    PassportProposal proposeFromFile(
            @PathVariable UUID id,
            @org.springframework.web.bind.annotation.RequestParam("file")
                    @io.swagger.v3.oas.annotations.Parameter(
                            description = "Het cv-bestand, ten hoogste 5 MB / the CV file, at most 5 MB",
                            schema = @Schema(type = "string", format = "binary", maxLength = DocumentText.MAX_BYTES))
                    MultipartFile file,
            SignedInUser user)
            throws IOException {
        passports.read(id, user, "vaardigheden uit tekst voorstellen");
        if (file.getSize() > DocumentText.MAX_BYTES) {
            throw InvalidInput.of("file", DocumentText.TOO_LARGE, "the file is larger than 5 MB", "5 MB");
        }
        return proposals.fromDocument(file.getOriginalFilename(), file.getBytes(), null);
    }

    @PostMapping("/api/v1/persons/{id}/passport/confirmations")
    @Operation(
            summary = "Bevestigde voorstellen in het paspoort zetten / add confirmed proposals to a passport",
            description = "Voegt de bevestigde vaardigheden (met bron en niveau) en werkervaring in één keer toe; "
                    + "vaardigheden die er al staan blijven zoals ze zijn. De inwoner zelf of een adviseur met toestemming. "
                    + "Een Europass-cv brengt ook opleidingen mee (education). "
                    + "/ Adds the confirmed skills, work history and education in one change.")
    Passport confirm(@PathVariable UUID id, @RequestBody ProposalConfirmation confirmation, SignedInUser user) {
        return proposals.confirm(id, confirmation, user);
    }
}
