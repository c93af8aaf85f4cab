package nl.werkpad.regions.persistence;

import java.util.List;
import java.util.Optional;
import nl.werkpad.regions.GeoPoint;
import nl.werkpad.regions.LabourMarketRegion;
import nl.werkpad.regions.Municipality;
import nl.werkpad.regions.Province;
import nl.werkpad.regions.Regions;
import nl.werkpad.regions.domain.Distances;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the geography once from the regions schema and answers from memory afterwards. */
@Repository
class JdbcRegions implements Regions {

    private final JdbcClient jdbc;
    private volatile RegionDirectory directory;

    JdbcRegions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Called after an import, so the next question sees the new data. */
    void reload() {
        directory = null;
    }

    private RegionDirectory directory() {
        RegionDirectory current = directory;
        if (current == null) {
            List<Municipality> municipalities = jdbc.sql("""
                    select m.code, m.name, p.code as p_code, p.name as p_name, r.code as r_code, r.name as r_name,
                           m.latitude, m.longitude
                      from regions.municipality m
                      join regions.province p on p.code = m.province
                      join regions.labour_market_region r on r.code = m.labour_market_region
                    """)
                    .query((rs, n) -> new Municipality(
                            rs.getString("code"),
                            rs.getString("name"),
                            new Province(rs.getString("p_code"), rs.getString("p_name")),
                            new Municipality.Region(rs.getString("r_code"), rs.getString("r_name")),
                            new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                    .list();
            List<Province> provinces = jdbc.sql("select code, name from regions.province order by code")
                    .query((rs, n) -> new Province(rs.getString("code"), rs.getString("name")))
                    .list();
            current = RegionDirectory.of(municipalities, provinces);
            directory = current;
        }
        return current;
    }

    @Override
    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(code)
                .map(c -> directory().municipalities().get(c.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public List<Municipality> searchMunicipalities(String text, int limit) {
        return directory().search(text == null ? "" : text, limit);
    }

    @Override
    public List<Municipality> municipalities() {
        return List.copyOf(directory().municipalities().values());
    }

    @Override
    public List<LabourMarketRegion> labourMarketRegions() {
        return List.copyOf(directory().regions().values());
    }

    @Override
    public Optional<LabourMarketRegion> labourMarketRegion(String code) {
        return Optional.ofNullable(code)
                .map(c -> directory().regions().get(c.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public List<Province> provinces() {
        return directory().provinces();
    }

    @Override
    public double distanceKm(String fromCode, String toCode) {
        return Distances.km(
                requireMunicipality(fromCode).point(),
                requireMunicipality(toCode).point());
    }

    @Override
    public String labourMarketRegionShapes() {
        return jdbc.sql("select topojson from regions.region_shapes where name = 'arbeidsmarktregio_2024'")
                .query(String.class)
                .optional()
                .orElse("{}");
    }

    private volatile nl.werkpad.regions.RegionMap map;

    @Override
    public nl.werkpad.regions.RegionMap labourMarketRegionMap() {
        if (map == null) {
            map = nl.werkpad.regions.domain.TopoJsonPaths.decode(labourMarketRegionShapes(), "arbeidsmarktregio_2024");
        }
        return map;
    }
}
