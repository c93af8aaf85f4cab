package nl.werkpad.ecosystem.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.werkpad.ecosystem.Campus;
import nl.werkpad.organisations.Organisations;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Regions;
import nl.werkpad.shared.db.AfterTransaction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The campuses with their partners (one query per list: the partners come along as arrays). SQL only; who may change
 * a campus is the application service's to decide.
 */
@Component
public class CampusStore {
    private static final String CAMPUSES = """
            select c.*,
                   (select array_agg(p.organisation_id order by p.organisation_id) from ecosystem.campus_partner p where p.campus_id = c.id) partner_ids,
                   (select array_agg(p.helix order by p.organisation_id) from ecosystem.campus_partner p where p.campus_id = c.id) partner_helices
              from ecosystem.campus c
            """;

    private final JdbcClient jdbc;
    private final Regions regions;
    private final Organisations organisations;

    CampusStore(JdbcClient jdbc, Regions regions, Organisations organisations) {
        this.jdbc = jdbc;
        this.regions = regions;
        this.organisations = organisations;
    }

    // ---- campuses

    public List<Campus> campuses(String labourMarketRegion, String like) {
        Map<UUID, String> names = new HashMap<>();
        return jdbc.sql(CAMPUSES + """
                 where (cast(:region as text) is null or c.labour_market_region = :region)
                   and (cast(:like as text) is null or lower(c.name || ' ' || coalesce(c.place, '') || ' ' || array_to_string(c.focus, ' ')) like :like)
                 order by c.nr""")
                .param("region", labourMarketRegion)
                .param("like", like)
                .query((rs, n) -> campus(rs, names))
                .list();
    }

    public Optional<Campus> campus(UUID id) {
        return jdbc.sql(CAMPUSES + " where c.id = ?")
                .param(id)
                .query((rs, n) -> campus(rs, new HashMap<>()))
                .optional();
    }

    /** What {@link #campusesWithPartner} read for an organisation, and when. */
    private record Seen(List<UUID> campuses, long at) {}

    /**
     * The monitor asks this for every voucher move (docs/monitor.md, "Flows"): kept ten seconds, and forgotten at once
     * when this node changes a campus or a partner; a change on another node counts here within that time.
     */
    private final Map<UUID, Seen> withPartner = new ConcurrentHashMap<>();

    private static final long FRESH_NANOS = 10_000_000_000L;

    public List<UUID> campusesWithPartner(UUID organisation) {
        Seen seen = withPartner.get(organisation);
        if (seen != null && System.nanoTime() - seen.at() < FRESH_NANOS) {
            return seen.campuses();
        }
        long at = System.nanoTime();
        List<UUID> campuses =
                List.copyOf(jdbc.sql("""
                select c.id from ecosystem.campus c join ecosystem.campus_partner p on p.campus_id = c.id
                where p.organisation_id = ? order by c.nr""").param(organisation).query(UUID.class).list());
        withPartner.put(organisation, new Seen(campuses, at));
        return campuses;
    }

    /** Forgets what {@link #campusesWithPartner} read, now and when the changing transaction ends. */
    private void changed() {
        withPartner.clear();
        AfterTransaction.ended(withPartner::clear);
    }

    public boolean setServicePoint(UUID campus, boolean servicePoint) {
        return jdbc.sql("update ecosystem.campus set service_point = ? where id = ?")
                        .params(servicePoint, campus)
                        .update()
                == 1;
    }

    public void putPartner(UUID campus, UUID organisation, Campus.Helix helix) {
        changed();
        jdbc.sql("""
                insert into ecosystem.campus_partner (campus_id, organisation_id, helix) values (?, ?, ?)
                on conflict (campus_id, organisation_id) do update set helix = excluded.helix""").params(campus, organisation, helix.name()).update();
    }

    /** A campus of the register, by its number. */
    public void putCampus(
            int nr,
            String name,
            String place,
            String municipality,
            String region,
            String subregion,
            String kind,
            List<String> focus,
            String relatedProgrammes,
            String notes,
            String source) {
        changed();
        jdbc.sql("""
                insert into ecosystem.campus (id, nr, name, place, municipality, labour_market_region, subregion, kind, focus,
                    related_programmes, notes, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (nr) do update set name = excluded.name, place = excluded.place, municipality = excluded.municipality,
                    labour_market_region = excluded.labour_market_region, subregion = excluded.subregion, kind = excluded.kind,
                    focus = excluded.focus, related_programmes = excluded.related_programmes, notes = excluded.notes,
                    source = excluded.source""")
                .params(
                        UUID.randomUUID(),
                        nr,
                        name,
                        place,
                        municipality,
                        region,
                        subregion,
                        kind,
                        focus.toArray(String[]::new),
                        relatedProgrammes,
                        notes,
                        source)
                .update();
    }

    private Campus campus(ResultSet rs, Map<UUID, String> names) throws SQLException {
        String municipality = rs.getString("municipality");
        String region = rs.getString("labour_market_region");
        UUID[] ids = SqlArrays.of(rs.getArray("partner_ids"), UUID[].class, new UUID[0]);
        String[] helices = SqlArrays.of(rs.getArray("partner_helices"), String[].class, new String[0]);
        List<Campus.Partner> partners = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            UUID org = ids[i];
            partners.add(new Campus.Partner(
                    org,
                    names.computeIfAbsent(
                            org, o -> organisations.byId(o).map(x -> x.name()).orElse("?")),
                    Campus.Helix.valueOf(helices[i])));
        }
        return new Campus(
                rs.getObject("id", UUID.class),
                rs.getInt("nr"),
                rs.getString("name"),
                rs.getString("place"),
                municipality == null
                        ? null
                        : new Campus.Place(
                                municipality,
                                regions.municipality(municipality)
                                        .map(Municipality::name)
                                        .orElse(municipality)),
                region == null
                        ? null
                        : new Campus.Place(
                                region,
                                regions.labourMarketRegion(region)
                                        .map(r -> r.name())
                                        .orElse(region)),
                rs.getString("subregion"),
                rs.getString("kind"),
                List.of((String[]) rs.getArray("focus").getArray()),
                rs.getString("related_programmes"),
                rs.getString("notes"),
                rs.getString("source"),
                rs.getBoolean("service_point"),
                partners);
    }
}
