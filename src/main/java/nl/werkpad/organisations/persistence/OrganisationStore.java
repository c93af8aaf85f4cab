package nl.werkpad.organisations.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import nl.werkpad.organisations.NewOrganisation;
import nl.werkpad.organisations.Organisation;
import nl.werkpad.organisations.OrganisationKind;
import nl.werkpad.shared.db.PgCopy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The organisations schema: organisations, their sites and members. SQL only; which organisation may be registered,
 * and who may write for one, are the application service's ({@code organisations.application.OrganisationService}).
 */
@Component
public class OrganisationStore {

    /** A site as the application service resolved it (its name defaults to the municipality's). */
    public record SiteRow(UUID organisation, String name, String municipality) {}

    private static final String SELECT = """
            select id, kvk_number, name, kind, school_level, sbi_section, website from organisations.organisation
            """;
    private final JdbcClient jdbc;
    private final PgCopy copy;

    OrganisationStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.copy = new PgCopy(dataSource);
    }

    public Set<String> kvkNumbersInUse() {
        return new HashSet<>(jdbc.sql("select kvk_number from organisations.organisation where kvk_number is not null")
                .query(String.class)
                .list());
    }

    /** @throws org.springframework.dao.DuplicateKeyException when the KvK number is taken */
    public void insert(UUID id, String kvk, NewOrganisation o) {
        jdbc.sql("""
                insert into organisations.organisation (id, kvk_number, name, kind, school_level, sbi_section, website)
                values (?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, kvk, o.name().strip(), o.kind().name(), o.schoolLevel(), o.sbiSection(), o.website())
                .update();
    }

    /** Many organisations (ids in the same order) and their sites with COPY. */
    public void copyAll(List<UUID> ids, List<NewOrganisation> all, List<SiteRow> sites) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            NewOrganisation o = all.get(i);
            rows.add(new Object[] {
                ids.get(i), o.kvkNumber(), o.name(), o.kind().name(), o.schoolLevel(), o.sbiSection(), o.website()
            });
        }
        copy.copy(
                "organisations.organisation (id, kvk_number, name, kind, school_level, sbi_section, website)",
                rows,
                r -> r);
        copy.copy("organisations.site (id, organisation_id, name, municipality)", sites, s ->
                new Object[] {UUID.randomUUID(), s.organisation(), s.name(), s.municipality()});
    }

    public Optional<Organisation> byId(UUID id) {
        return first(load(SELECT + " where id = ?", id));
    }

    public Optional<Organisation> byKvkNumber(String kvkNumber) {
        return first(load(SELECT + " where kvk_number = ?", kvkNumber));
    }

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

    public List<Organisation> of(UUID accountId) {
        return load(
                SELECT
                        + " where id in (select organisation_id from organisations.member where account_id = ?) order by name",
                accountId);
    }

    public List<UUID> idsOf(UUID accountId) {
        return jdbc.sql(
                        "select organisation_id from organisations.member where account_id = ? order by organisation_id")
                .param(accountId)
                .query(UUID.class)
                .list();
    }

    public Optional<String> nameOf(UUID id) {
        return jdbc.sql("select name from organisations.organisation where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    public boolean isMember(UUID accountId, UUID organisationId) {
        return jdbc.sql(
                        "select exists (select 1 from organisations.member where account_id = ? and organisation_id = ?)")
                .params(accountId, organisationId)
                .query(Boolean.class)
                .single();
    }

    public void addMember(UUID organisationId, UUID accountId) {
        jdbc.sql("insert into organisations.member (organisation_id, account_id) values (?, ?) on conflict do nothing")
                .params(organisationId, accountId)
                .update();
    }

    public void insertSite(SiteRow site) {
        jdbc.sql("insert into organisations.site (id, organisation_id, name, municipality) values (?, ?, ?, ?)")
                .params(UUID.randomUUID(), site.organisation(), site.name(), site.municipality())
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
