package nl.werkpad.organisations;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.werkpad.access.Role;
import nl.werkpad.access.SignedInUser;

/** The organisations registry for every module. */
public interface Organisations {

    /**
     * Registers an organisation; the creating account (if any) becomes a member.
     *
     * @throws nl.werkpad.shared.RuleViolation naming the first broken rule, e.g. {@code organisation.kvk-invalid}
     */
    Organisation register(NewOrganisation organisation, UUID createdBy);

    Optional<Organisation> byId(UUID id);

    Optional<Organisation> byKvkNumber(String kvkNumber);

    /** Every KvK number registered (for generators that must not reuse one). */
    Set<String> kvkNumbersInUse();

    /** Organisations whose name contains the text (all when blank), of one kind or any, by name. */
    List<Organisation> search(String text, OrganisationKind kind, int limit, int offset);

    /** The organisations an account acts for. */
    List<Organisation> of(UUID accountId);

    /** The ids of the organisations an account acts for: one query, for checks that need no names or sites. */
    List<UUID> idsOf(UUID accountId);

    /** An organisation's name: one query, without its sites. */
    Optional<String> nameOf(UUID id);

    boolean isMember(UUID accountId, UUID organisationId);

    /** Whether someone may write for the organisation (its vacancies, offers, drafts): an administrator or a member. */
    default boolean mayWriteFor(UUID organisationId, Optional<SignedInUser> who) {
        return who.map(user -> user.has(Role.BEHEERDER) || isMember(user.accountId(), organisationId))
                .orElse(false);
    }

    /** Where the account's organisation works: the municipality of its first site (a default for forms). */
    default Optional<String> homeMunicipality(UUID accountId) {
        return of(accountId).stream()
                .flatMap(o -> o.sites().stream())
                .map(Organisation.Site::municipality)
                .findFirst();
    }

    void addMember(UUID organisationId, UUID accountId);

    /**
     * The organisation someone writes for (a vacancy, an offer): the given one, which they must act for
     * unless they are an administrator, or else the only one they act for.
     *
     * @throws nl.werkpad.shared.RuleViolation {@code organisation.required} or {@code organisation.unknown}
     * @throws org.springframework.security.access.AccessDeniedException when they do not act for it
     */
    UUID writingFor(UUID given, SignedInUser actor);

    Organisation addSite(UUID organisationId, NewOrganisation.NewSite site);

    /** Many organisations at once (generated markets, registry imports), checked by the same rules; ids in order. */
    List<UUID> registerAll(List<NewOrganisation> organisations);
}
