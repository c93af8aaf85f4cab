package nl.werkpad.organisations.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.werkpad.access.PublicPath;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.OrganisationNotFound;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.shared.Limits;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organisations registry: public to read; employers, providers and administrators register. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationsApi {

    record SiteBody(
            @Size(max = Limits.NAME) String name,
            @NotBlank @Size(max = Limits.CODE) String municipality) {
        NewOrganisation.NewSite site() {
            return new NewOrganisation.NewSite(name, municipality);
        }
    }

    record OrganisationBody(
            @Size(max = Limits.CODE) String kvkNumber,
            @NotBlank @Size(max = Limits.NAME) String name,
            @NotNull OrganisationKind kind,
            @Size(max = Limits.CODE) String schoolLevel,
            @Size(max = Limits.CODE) String sbiSection,
            @Size(max = Limits.SHORT) String website,
            @NotEmpty List<@Valid SiteBody> sites) {
        NewOrganisation organisation() {
            return new NewOrganisation(
                    kvkNumber,
                    name,
                    kind,
                    schoolLevel,
                    sbiSection,
                    website,
                    sites.stream().map(SiteBody::site).toList());
        }
    }

    record MemberBody(@NotNull UUID account) {}

    record Results(List<Organisation> results, int offset, int limit) {}

    private final Organisations organisations;

    OrganisationsApi(Organisations organisations) {
        this.organisations = organisations;
    }

    @Bean
    static PublicPath organisationsAreReadable() {
        return new PublicPath(HttpMethod.GET, "/api/v1/organisations/*");
    }

    @Bean
    static PublicPath organisationListIsReadable() {
        return new PublicPath(HttpMethod.GET, "/api/v1/organisations");
    }

    @GetMapping
    @Operation(
            summary = "Organisaties zoeken op naam of KvK-nummer / search organisations",
            description =
                    "Zoekt organisaties op naam of KvK-nummer, te filteren op soort, in pagina's. Openbaar. / Searches organisations by name or chamber-of-commerce number; public.")
    Results search(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) OrganisationKind kind,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return new Results(organisations.search(q, kind, limit, offset), offset, limit);
    }

    @GetMapping("/mine")
    @Operation(
            summary = "De organisaties waarvoor de aanroeper optreedt / the caller's organisations",
            description =
                    "De organisaties waarvoor de ingelogde aanroeper mag optreden. / The organisations the signed-in caller acts for.")
    List<Organisation> mine() {
        // the list is public, this one is not: without a log-in it is 401 (was a 500, found by the API fuzzer)
        return organisations.of(SignedInUser.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"))
                .accountId());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "Eén organisatie met vestigingen / one organisation",
            description = "Eén organisatie met haar vestigingen. Openbaar. / One organisation with its sites; public.")
    Organisation one(@PathVariable UUID id) {
        return organisations.byId(id).orElseThrow(() -> OrganisationNotFound.byId(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('WERKGEVER', 'OPLEIDER', 'BELEID', 'BEHEERDER')")
    @Operation(
            summary = "Organisatie registreren; de aanroeper wordt lid / register an organisation",
            description =
                    "Registreert een werkgever, school of andere organisatie met vestigingen; de aanroeper wordt lid en mag voor haar optreden. Werkgevers, opleiders, beleid en beheerders. / Registers an organisation; the caller becomes a member.")
    @ApiResponse(responseCode = "201", description = "Aangemaakt / created")
    ResponseEntity<Organisation> register(@Valid @RequestBody OrganisationBody body, SignedInUser user) {
        UUID member = user.has(Role.BEHEERDER) ? null : user.accountId();
        Organisation created = organisations.register(body.organisation(), member);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(created);
    }

    @PostMapping("/{id}/sites")
    @Operation(
            summary = "Vestiging toevoegen (leden en beheerders) / add a site",
            description =
                    "Voegt een vestiging in een gemeente toe. Leden van de organisatie en beheerders. / Adds a site; members and administrators.")
    Organisation addSite(@PathVariable UUID id, @Valid @RequestBody SiteBody body, SignedInUser user) {
        requireMemberOrAdministrator(id, user);
        return organisations.addSite(id, body.site());
    }

    @PostMapping("/{id}/members")
    @PreAuthorize("hasRole('BEHEERDER')")
    @Operation(
            summary = "Account laten optreden voor een organisatie (beheerders) / add a member",
            description =
                    "Laat een account voor een organisatie optreden. Alleen beheerders. / Lets an account act for an organisation; administrators only.")
    @ApiResponse(responseCode = "204", description = "Gedaan, geen inhoud / done, no content")
    ResponseEntity<Void> addMember(@PathVariable UUID id, @Valid @RequestBody MemberBody body) {
        organisations.addMember(id, body.account());
        return ResponseEntity.noContent().build();
    }

    private void requireMemberOrAdministrator(UUID organisation, SignedInUser user) {
        if (!user.has(Role.BEHEERDER) && !organisations.isMember(user.accountId(), organisation)) {
            organisations.byId(organisation).orElseThrow(() -> OrganisationNotFound.byId(organisation));
            throw new AccessDeniedException("not a member");
        }
    }
}
