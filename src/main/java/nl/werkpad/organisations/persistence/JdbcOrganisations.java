package nl.werkpad.organisations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.werkpad.access.SignedInUser;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.organisations.OrganisationNotFound;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.organisations.domain.OrganisationRules;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.Decision;
import nl.werkpad.shared.InputCheck;
import nl.werkpad.shared.Limits;
import nl.werkpad.shared.RuleViolation;
import nl.werkpad.shared.db.PgCopy;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcOrganisations implements Organisations {

    private static final String SELECT = """
            select id, kvk_number, name, kind, school_level, sbi_section, website from organisations.organisation
            """;
    private final JdbcClient jdbc;
    private final Regions regions;
    private final PgCopy copy;

    JdbcOrganisations(JdbcClient jdbc, Regions regions, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.copy = new PgCopy(dataSource);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<String> kvkNumbersInUse() {
        return new java.util.HashSet<>(
                jdbc.sql("select kvk_number from organisations.organisation where kvk_number is not null")
                        .query(String.class)
                        .list());
    }

    @Override
    public Organisation register(NewOrganisation o, UUID createdBy) {
        InputCheck.of()
                .line("name", o.name(), Limits.NAME)
                .line("website", o.website(), Limits.SHORT)
                .line("kvkNumber", o.kvkNumber(), Limits.CODE)
                .each("sites", o.sites(), (c, at, site) -> c.line(at + "name", site.name(), Limits.NAME))
                .orThrow();
        List<Decision.Rejected> problems = new ArrayList<>(OrganisationRules.check(o));
        if (o.sites() != null) {
            o.sites().stream()
                    .filter(site -> regions.municipality(site.municipality()).isEmpty())
                    .findFirst()
                    .ifPresent(site -> problems.add(new Decision.Rejected(
                            "organisation.municipality-unknown", "Unknown municipality " + site.municipality())));
        }
        if (!problems.isEmpty()) {
            throw RuleViolation.of(
                    problems.getFirst().rule(),
                    problems.stream().map(Decision.Rejected::reason).collect(Collectors.joining("; ")));
        }
        UUID id = UUID.randomUUID();
        String kvk = o.kvkNumber() == null || o.kvkNumber().isBlank() ? null : o.kvkNumber();
        try {
            jdbc.sql("""
                    insert into organisations.organisation (id, kvk_number, name, kind, school_level, sbi_section, website)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """)
                    .params(id, kvk, o.name().strip(), o.kind().name(), o.schoolLevel(), o.sbiSection(), o.website())
                    .update();
        } catch (DuplicateKeyException e) {
            throw RuleViolation.of(
                    "organisation.kvk-taken", "An organisation with KvK number " + kvk + " is already registered");
        }
        o.sites().forEach(site -> insertSite(id, site));
        if (createdBy != null) {
            addMember(id, createdBy);
        }
        return byId(id).orElseThrow();
    }

    @Override
    public List<UUID> registerAll(List<NewOrganisation> all) {
        for (NewOrganisation o : all) {
            List<Decision.Rejected> problems = OrganisationRules.check(o);
            if (!problems.isEmpty()) {
                throw RuleViolation.of(
                        problems.getFirst().rule(),
                        o.name() + ": " + problems.getFirst().reason());
            }
        }
        List<UUID> ids = all.stream().map(o -> UUID.randomUUID()).toList();
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> sites = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            NewOrganisation o = all.get(i);
            rows.add(new Object[] {
                ids.get(i), o.kvkNumber(), o.name(), o.kind().name(), o.schoolLevel(), o.sbiSection(), o.website()
            });
            for (NewOrganisation.NewSite site : o.sites()) {
                sites.add(new Object[] {
                    UUID.randomUUID(),
                    ids.get(i),
                    site.name() == null
                            ? regions.requireMunicipality(site.municipality()).name()
                            : site.name(),
                    site.municipality()
                });
            }
        }
        copy.copy(
                "organisations.organisation (id, kvk_number, name, kind, school_level, sbi_section, website)",
                rows,
                r -> r);
        copy.copy("organisations.site (id, organisation_id, name, municipality)", sites, r -> r);
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> byId(UUID id) {
        return first(load(SELECT + " where id = ?", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> byKvkNumber(String kvkNumber) {
        return first(load(SELECT + " where kvk_number = ?", kvkNumber));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> search(String text, OrganisationKind kind, int limit, int offset) {
        return load(
                SELECT + """
                 where (? = '' or lower(name) like '%' || lower(?) || '%' or kvk_number = ?)
                   and (?::text is null or kind = ?)
                 order by lower(name) limit ? offset ?
                """,
                text == null ? "" : text,
                text,
                text,
                kind == null ? null : kind.name(),
                kind == null ? null : kind.name(),
                limit,
                offset);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Organisation> of(UUID accountId) {
        return load(
                SELECT
                        + " where id in (select organisation_id from organisations.member where account_id = ?) order by name",
                accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isMember(UUID accountId, UUID organisationId) {
        return jdbc.sql(
                        "select exists (select 1 from organisations.member where account_id = ? and organisation_id = ?)")
                .params(accountId, organisationId)
                .query(Boolean.class)
                .single();
    }

    @Override
    public void addMember(UUID organisationId, UUID accountId) {
        requireExists(organisationId);
        jdbc.sql("insert into organisations.member (organisation_id, account_id) values (?, ?) on conflict do nothing")
                .params(organisationId, accountId)
                .update();
    }

    @Override
    public Organisation addSite(UUID organisationId, NewOrganisation.NewSite site) {
        requireExists(organisationId);
        if (regions.municipality(site.municipality()).isEmpty()) {
            throw RuleViolation.of("organisation.municipality-unknown", "Unknown municipality " + site.municipality());
        }
        insertSite(organisationId, site);
        return byId(organisationId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public UUID writingFor(UUID given, SignedInUser actor) {
        if (given != null) {
            if (byId(given).isEmpty()) {
                throw RuleViolation.of("organisation.unknown", "Unknown organisation " + given);
            }
            if (!mayWriteFor(given, Optional.of(actor))) {
                throw new AccessDeniedException("Only people who act for the organisation write for it");
            }
            return given;
        }
        List<Organisation> own = of(actor.accountId());
        if (own.size() != 1) {
            throw RuleViolation.of(
                    "organisation.required",
                    own.isEmpty()
                            ? "You act for no organisation; register one first"
                            : "You act for several organisations; say which one");
        }
        return own.getFirst().id();
    }

    private void requireExists(UUID organisationId) {
        if (byId(organisationId).isEmpty()) {
            throw OrganisationNotFound.byId(organisationId);
        }
    }

    private void insertSite(UUID organisationId, NewOrganisation.NewSite site) {
        InputCheck.of()
                .line("name", site.name(), Limits.NAME)
                .line("municipality", site.municipality(), Limits.SHORT)
                .orThrow();
        String name = site.name() == null || site.name().isBlank()
                ? regions.requireMunicipality(site.municipality()).name()
                : site.name().strip();
        jdbc.sql("insert into organisations.site (id, organisation_id, name, municipality) values (?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        organisationId,
                        name,
                        site.municipality().toUpperCase(java.util.Locale.ROOT))
                .update();
    }

    private List<Organisation> load(String sql, Object... params) {
        List<Organisation> found =
                jdbc.sql(sql).params(params).query((rs, n) -> organisation(rs)).list();
        if (found.isEmpty()) {
            return found;
        }
        Map<UUID, List<Organisation.Site>> sites = new LinkedHashMap<>();
        jdbc.sql(
                        "select id, organisation_id, name, municipality from organisations.site where organisation_id = any(?) order by name")
                .param(found.stream().map(Organisation::id).toArray(UUID[]::new))
                .query(rs -> {
                    sites.computeIfAbsent(rs.getObject("organisation_id", UUID.class), k -> new ArrayList<>())
                            .add(new Organisation.Site(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("name"),
                                    rs.getString("municipality")));
                });
        return found.stream()
                .map(o -> new Organisation(
                        o.id(),
                        o.kvkNumber(),
                        o.name(),
                        o.kind(),
                        o.schoolLevel(),
                        o.sbiSection(),
                        o.website(),
                        List.copyOf(sites.getOrDefault(o.id(), List.of()))))
                .toList();
    }

    private static Optional<Organisation> first(List<Organisation> list) {
        return list.stream().findFirst();
    }

    private static Organisation organisation(ResultSet rs) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("kvk_number"),
                rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")),
                rs.getString("school_level"),
                rs.getString("sbi_section"),
                rs.getString("website"),
                List.of());
    }
}
