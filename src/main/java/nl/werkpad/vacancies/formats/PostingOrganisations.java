package nl.werkpad.vacancies.formats;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.vacancies.JobPostingImports;
import nl.werkpad.vacancies.domain.JobPostingFields;
import nl.werkpad.vacancies.persistence.VacancySources;
import org.springframework.stereotype.Component;

/**
 * The organisation a posting's hiringOrganization is: by KvK number, then by website (sameAs), then by exact name;
 * else (for an administrator's import) registered as a new employer, marked as created by an import until a person
 * verifies it. An employer imports only for the organisation they act for.
 */
@Component
class PostingOrganisations {

    record Match(UUID id, boolean created) {}

    private final Organisations organisations;
    private final VacancySources sources;
    private final Clock clock;

    PostingOrganisations(Organisations organisations, VacancySources sources, Clock clock) {
        this.organisations = organisations;
        this.sources = sources;
        this.clock = clock;
    }

    Match of(
            JobPostingFields.Organisation given,
            String municipality,
            JobPostingImports.Source source,
            SignedInUser actor) {
        if (!actor.has(Role.BEHEERDER)) {
            List<Organisation> own = organisations.of(actor.accountId());
            Optional<Organisation> named =
                    own.stream().filter(o -> same(o, given)).findFirst();
            return new Match(named.map(Organisation::id).orElseGet(() -> organisations.writingFor(null, actor)), false);
        }
        Optional<Organisation> found = Optional.empty();
        if (given.kvkNumber() != null) {
            found = organisations.byKvkNumber(given.kvkNumber());
        }
        if (found.isEmpty()) {
            found = organisations.search(given.name(), null, 50, 0).stream()
                    .filter(o -> same(o, given))
                    .findFirst();
        }
        if (found.isPresent()) {
            return new Match(found.get().id(), false);
        }
        if (given.name().length() > nl.werkpad.shared.Limits.NAME) {
            throw RuleViolation.of("vacancy.import.organisation-name-too-long", "The organisation's name is too long");
        }
        UUID id = organisations
                .register(
                        new NewOrganisation(
                                given.kvkNumber(),
                                given.name(),
                                OrganisationKind.EMPLOYER,
                                null,
                                null,
                                website(given.sameAs()),
                                List.of(new NewOrganisation.NewSite(given.name(), municipality))),
                        null)
                .id();
        sources.organisationCreated(id, source.name(), clock.instant());
        return new Match(id, true);
    }

    private static boolean same(Organisation o, JobPostingFields.Organisation given) {
        if (given.kvkNumber() != null && given.kvkNumber().equals(o.kvkNumber())) {
            return true;
        }
        String site = host(given.sameAs());
        if (site != null && site.equals(host(o.website()))) {
            return true;
        }
        return o.name().strip().equalsIgnoreCase(given.name().strip());
    }

    private static String host(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = java.net
                    .URI
                    .create(url.strip().contains("://") ? url.strip() : "https://" + url.strip())
                    .getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String website(String sameAs) {
        return host(sameAs) == null ? null : sameAs.strip();
    }
}
