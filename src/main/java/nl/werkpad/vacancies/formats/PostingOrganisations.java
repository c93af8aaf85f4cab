package nl.werkpad.vacancies.formats;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.shared.Limits;
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

    /** A resolver for one import: an input names the same few employers thousands of times, so each is looked up once. */
    Resolver resolver(JobPostingImports.Source source, SignedInUser actor) {
        return new Resolver(source, actor);
    }

    /** Not thread-safe: one import's writer uses it. */
    final class Resolver {

        private final JobPostingImports.Source source;
        private final SignedInUser actor;
        private final Map<JobPostingFields.Organisation, UUID> known = new HashMap<>();
        /** Looked up and not found since the last organisation this import created (which may be the one). */
        private final Set<JobPostingFields.Organisation> absent = new HashSet<>();

        private List<Organisation> own;
        private UUID ownDefault;
        private UUID createdLast;

        private Resolver(JobPostingImports.Source source, SignedInUser actor) {
            this.source = source;
            this.actor = actor;
        }

        /** The organisation if it exists already; writes nothing. Null for an employer's import (it is theirs). */
        Optional<UUID> existing(JobPostingFields.Organisation given) {
            if (!actor.has(Role.BEHEERDER)) {
                return Optional.empty();
            }
            UUID id = known.get(given);
            if (id != null) {
                return Optional.of(id);
            }
            if (absent.contains(given)) {
                return Optional.empty();
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
            found.ifPresentOrElse(o -> known.put(given, o.id()), () -> absent.add(given));
            return found.map(Organisation::id);
        }

        /** The organisation, registered when an administrator's posting names one Werkpad does not know. */
        Match of(JobPostingFields.Organisation given, String municipality) {
            createdLast = null;
            if (!actor.has(Role.BEHEERDER)) {
                if (own == null) {
                    own = organisations.of(actor.accountId());
                }
                Optional<Organisation> named =
                        own.stream().filter(o -> same(o, given)).findFirst();
                if (named.isPresent()) {
                    return new Match(named.get().id(), false);
                }
                if (ownDefault == null) {
                    ownDefault = organisations.writingFor(null, actor);
                }
                return new Match(ownDefault, false);
            }
            Optional<UUID> found = existing(given);
            if (found.isPresent()) {
                return new Match(found.get(), false);
            }
            if (given.name().length() > Limits.NAME) {
                throw RuleViolation.of(
                        "vacancy.import.organisation-name-too-long", "The organisation's name is too long");
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
            known.put(given, id);
            absent.clear(); // another name, site or KvK number may find the new one
            createdLast = id;
            return new Match(id, true);
        }

        /** The posting that created an organisation was rolled back, and the organisation with it. */
        void rolledBack() {
            if (createdLast != null) {
                UUID gone = createdLast;
                known.values().removeIf(gone::equals);
                createdLast = null;
            }
        }
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
            String host = URI.create(url.strip().contains("://") ? url.strip() : "https://" + url.strip())
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
