package nl.werkpad.fund.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.VoucherMoved;
import nl.werkpad.fund.domain.VoucherStatus;
import nl.werkpad.shared.db.DatabaseRefusal;
import nl.werkpad.shared.db.RoundTrip;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Vouchers, their parts and history (the caps' usage counters are {@link CapStore}'s). */
@Component
public class VoucherStore {

    /** A voucher row as issued. */
    public record NewVoucher(
            UUID id,
            UUID person,
            UUID offer,
            String offerTitle,
            UUID provider,
            String providerName,
            UUID employer,
            String municipality,
            long cost,
            long funded,
            long own,
            LocalDate issuedOn,
            LocalDate validUntil,
            UUID requestedBy,
            String explanation) {}

    /** A part of a voucher as stored: what one of its sources pays from one account. */
    public record StoredPart(UUID source, long amount) {}

    private final JdbcClient jdbc;

    VoucherStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Inserts an issued voucher and its first history line, in one statement, with the trip's other statements.
     *
     * @see #liveVoucherTaken
     */
    public void insert(RoundTrip trip, NewVoucher v, String request) {
        trip.update(
                """
                    with issued as (
                      insert into fund.voucher (id, person_id, offer_id, offer_title, provider_id, provider_name, employer_id,
                          municipality, cost_cents, funded_cents, own_cents, status, issued_on, valid_until, requested_by, explanation)
                      values (:id, :person, :offer, :title, :provider, :providerName, :employer, :municipality, :cost, :funded,
                          :own, 'ISSUED', :issued, :valid, :by, :explanation::json) returning id)
                    insert into fund.voucher_history (voucher_id, status, actor, request_id)
                    select id, 'ISSUED', :by, :request from issued""",
                new MapSqlParameterSource("id", v.id())
                        .addValue("person", v.person())
                        .addValue("offer", v.offer())
                        .addValue("title", v.offerTitle())
                        .addValue("provider", v.provider())
                        .addValue("providerName", v.providerName())
                        .addValue("employer", v.employer())
                        .addValue("municipality", v.municipality())
                        .addValue("cost", v.cost())
                        .addValue("funded", v.funded())
                        .addValue("own", v.own())
                        .addValue("issued", v.issuedOn())
                        .addValue("valid", v.validUntil())
                        .addValue("by", v.requestedBy())
                        .addValue("explanation", v.explanation())
                        .addValue("request", request));
    }

    /** Whether inserting a voucher failed because the person holds a live voucher for the offer already. */
    public static boolean liveVoucherTaken(DuplicateKeyException e) {
        return DatabaseRefusal.of(e)
                .filter(refusal -> refusal.rule().equals("db.duplicate.voucher_one_live_per_offer"))
                .isPresent();
    }

    /**
     * Locks the voucher row for a move and returns the voucher as it stands, with the municipality it counts in and its
     * stored parts (in account order). One statement: the move builds its answer from this and reads nothing more of
     * the voucher.
     */
    public Optional<Locked> lock(UUID id) {
        List<Locked> found = new ArrayList<>(1);
        query("v.id = :id", Map.of("id", id), 1, STORED_PARTS, " for update of v")
                .query(rs -> {
                    UUID[] sources = (UUID[]) rs.getArray("part_sources").getArray();
                    Long[] amounts = (Long[]) rs.getArray("part_amounts").getArray();
                    List<StoredPart> parts = new ArrayList<>(sources.length);
                    for (int i = 0; i < sources.length; i++) {
                        parts.add(new StoredPart(sources[i], amounts[i]));
                    }
                    found.add(new Locked(voucher(rs), rs.getString("municipality"), List.copyOf(parts)));
                });
        return found.stream().findFirst();
    }

    private static final String STORED_PARTS = """
            , array(select p.source_id from fund.voucher_part p where p.voucher_id = v.id order by p.account_id) as part_sources,
              array(select p.amount_cents from fund.voucher_part p where p.voucher_id = v.id order by p.account_id) as part_amounts""";

    public record Locked(Voucher voucher, String municipality, List<StoredPart> parts) {}

    /**
     * Moves an issued voucher to its final status and writes its history, in one statement, with the trip's other
     * statements; run the answer after the trip to make sure it moved.
     */
    public Runnable settle(RoundTrip trip, UUID id, VoucherStatus to, LocalDate on, UUID actor, String request) {
        RoundTrip.Result<Integer> moved = trip.update(
                """
                with moved as (
                  update fund.voucher set status = :to, settled_on = :on where id = :id and status = 'ISSUED' returning id)
                insert into fund.voucher_history (voucher_id, status, actor, request_id)
                select id, :to, :actor, :request from moved""",
                new MapSqlParameterSource("to", to.name())
                        .addValue("on", on)
                        .addValue("id", id)
                        .addValue("actor", actor)
                        .addValue("request", request));
        return () -> {
            if (moved.get() != 1) {
                throw new IllegalStateException("voucher " + id + " was not ISSUED under its row lock");
            }
        };
    }

    public Optional<Voucher> byId(UUID id) {
        return list("v.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    /**
     * Whose vouchers a viewer sees besides every voucher (fund managers): those of the providers and employers they
     * belong to, of the clients they advise and their own.
     */
    public record Visibility(List<UUID> organisations, List<UUID> clients, Optional<UUID> self) {}

    /**
     * The vouchers that pass the filter (and have the id, when given), as far as the viewer sees them (every voucher
     * when {@code visibility} is empty).
     */
    public List<Voucher> search(VoucherFilter filter, Optional<UUID> id, Optional<Visibility> visibility) {
        StringBuilder where = new StringBuilder(id.isPresent() ? "v.id = :id" : "true");
        Map<String, Object> all = new HashMap<>();
        id.ifPresent(value -> all.put("id", value));
        visibility.ifPresent(v -> {
            all.put("orgs", v.organisations().toArray(UUID[]::new));
            all.put("me", v.self().map(UUID::toString).orElse(""));
            all.put("clients", v.clients().toArray(UUID[]::new));
            where.append(" " + """
                     and (v.provider_id = any(:orgs) or v.employer_id = any(:orgs) or v.person_id = any(:clients)
                          or v.person_id::text = :me)""");
        });
        if (filter.provider() != null) {
            where.append(" and v.provider_id = :provider");
            all.put("provider", filter.provider());
        }
        if (filter.person() != null) {
            where.append(" and v.person_id = :person");
            all.put("person", filter.person());
        }
        if (filter.status() != null) {
            where.append(" and v.status = :status");
            all.put("status", filter.status().name());
        }
        if (filter.source() != null) {
            where.append(
                    " and exists (select 1 from fund.voucher_part p where p.voucher_id = v.id and p.source_id = :source)");
            all.put("source", filter.source());
        }
        return list(where.toString(), all, filter.limit() <= 0 ? 200 : Math.min(filter.limit(), 1000));
    }

    private List<Voucher> list(String where, Map<String, Object> params, int limit) {
        List<Voucher> vouchers = new ArrayList<>();
        query(where, params, limit, "", "").query(rs -> {
            vouchers.add(voucher(rs));
        });
        return vouchers;
    }

    private JdbcClient.StatementSpec query(
            String where, Map<String, Object> params, int limit, String columns, String locking) {
        var query = jdbc.sql("""
                select v.*, h.name as holder_name,
                  (select json_agg(json_build_object('source', x.source_id, 'name', x.name, 'amount', x.amount) order by x.priority)
                     from (select p.source_id, s.name, s.priority, sum(p.amount_cents) as amount
                           from fund.voucher_part p join fund.funding_source s on s.id = p.source_id
                           where p.voucher_id = v.id group by p.source_id, s.name, s.priority) x)::text as parts%s
                from fund.voucher v join fund.account_holder h on h.person_id = v.person_id
                where %s order by v.issued_on desc, v.id limit %d%s""".formatted(columns, where, limit, locking));
        for (var e : params.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        return query;
    }

    private static Voucher voucher(ResultSet rs) throws SQLException {
        List<Voucher.Part> parts = new ArrayList<>();
        String json = rs.getString("parts");
        if (json != null) {
            for (var node : JsonMapper.shared().readTree(json)) {
                parts.add(new Voucher.Part(
                        UUID.fromString(node.get("source").asString()),
                        node.get("name").asString(),
                        node.get("amount").asLong()));
            }
        }
        return new Voucher(
                rs.getObject("id", UUID.class),
                rs.getObject("person_id", UUID.class),
                rs.getString("holder_name"),
                rs.getObject("offer_id", UUID.class),
                rs.getString("offer_title"),
                rs.getObject("provider_id", UUID.class),
                rs.getString("provider_name"),
                rs.getObject("employer_id", UUID.class),
                rs.getLong("cost_cents"),
                rs.getLong("funded_cents"),
                rs.getLong("own_cents"),
                VoucherStatus.valueOf(rs.getString("status")),
                rs.getObject("issued_on", LocalDate.class),
                rs.getObject("valid_until", LocalDate.class),
                rs.getObject("settled_on", LocalDate.class),
                parts);
    }

    /** The vouchers still issued past their last valid day. */
    public List<UUID> dueForExpiry(LocalDate today) {
        return jdbc.sql("select id from fund.voucher where status = 'ISSUED' and valid_until < ?")
                .param(today)
                .query(UUID.class)
                .list();
    }

    /** A person's vouchers per source: reserved (issued), spent (redeemed) and this year's live ones. */
    public record PersonUse(long reserved, long spent, long thisYear) {}

    public Map<UUID, PersonUse> personUse(UUID person, int year) {
        Map<UUID, PersonUse> used = new HashMap<>();
        jdbc.sql("""
                select p.source_id,
                       least(coalesce(sum(p.amount_cents) filter (where v.status = 'ISSUED'), 0), :most),
                       least(coalesce(sum(p.amount_cents) filter (where v.status = 'REDEEMED'), 0), :most),
                       least(coalesce(sum(p.amount_cents) filter (where v.status in ('ISSUED', 'REDEEMED') and extract(year from v.issued_on) = :year), 0), :most)
                from fund.voucher v join fund.voucher_part p on p.voucher_id = v.id
                where v.person_id = :person group by p.source_id""")
                .param("person", person)
                .param("year", year)
                // summed as numeric; a sum past a long reads as the most a long holds: no room left either way (and
                // none as 0: least() skips a null, so an empty sum would read as the most)
                .param("most", Long.MAX_VALUE)
                .query(rs -> {
                    used.put(rs.getObject(1, UUID.class), new PersonUse(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                });
        return used;
    }

    /** Every voucher move so far, oldest first, as the event it published. */
    public void history(Consumer<VoucherMoved> each) {
        Map<UUID, List<Voucher.Part>> parts = new HashMap<>();
        jdbc.sql(
                        "select p.voucher_id, p.source_id, s.name, sum(p.amount_cents) from fund.voucher_part p "
                                + "join fund.funding_source s on s.id = p.source_id group by p.voucher_id, p.source_id, s.name, s.priority order by s.priority")
                .query(rs -> {
                    parts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new Voucher.Part(rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4)));
                });
        jdbc.sql("""
                select h.voucher_id, h.status, v.provider_id, v.municipality, coalesce(case when h.status = 'ISSUED' then v.issued_on else v.settled_on end, v.issued_on)
                from fund.voucher_history h join fund.voucher v on v.id = h.voucher_id order by h.at""").query(rs -> {
            UUID voucher = rs.getObject(1, UUID.class);
            each.accept(new VoucherMoved(
                    voucher,
                    VoucherStatus.valueOf(rs.getString(2)),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    parts.getOrDefault(voucher, List.of()),
                    rs.getObject(5, LocalDate.class)));
        });
    }
}
