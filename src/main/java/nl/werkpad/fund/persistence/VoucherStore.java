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
import nl.werkpad.fund.FundRefused;
import nl.werkpad.fund.Voucher;
import nl.werkpad.fund.VoucherFilter;
import nl.werkpad.fund.domain.VoucherStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Vouchers, their parts and history, and the usage counters the per-person and per-provider caps read. */
@Component
class VoucherStore {

    /** A voucher row as issued. */
    record NewVoucher(
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

    record StoredPart(long account, UUID source, long amount, long reserve) {}

    private final JdbcClient jdbc;

    VoucherStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewVoucher v) {
        try {
            jdbc.sql("""
                    insert into fund.voucher (id, person_id, offer_id, offer_title, provider_id, provider_name, employer_id,
                        municipality, cost_cents, funded_cents, own_cents, status, issued_on, valid_until, requested_by, explanation)
                    values (:id, :person, :offer, :title, :provider, :providerName, :employer, :municipality, :cost, :funded,
                        :own, 'ISSUED', :issued, :valid, :by, :explanation::jsonb)""")
                    .param("id", v.id())
                    .param("person", v.person())
                    .param("offer", v.offer())
                    .param("title", v.offerTitle())
                    .param("provider", v.provider())
                    .param("providerName", v.providerName())
                    .param("employer", v.employer())
                    .param("municipality", v.municipality())
                    .param("cost", v.cost())
                    .param("funded", v.funded())
                    .param("own", v.own())
                    .param("issued", v.issuedOn())
                    .param("valid", v.validUntil())
                    .param("by", v.requestedBy())
                    .param("explanation", v.explanation())
                    .update();
        } catch (DuplicateKeyException e) {
            throw FundRefused.by(
                    "voucher.one-live-per-offer", "the person already holds a live voucher for this training");
        }
    }

    void part(UUID voucher, StoredPart part) {
        jdbc.sql(
                        "insert into fund.voucher_part (voucher_id, account_id, source_id, amount_cents, reserve_id) values (?, ?, ?, ?, ?)")
                .params(voucher, part.account(), part.source(), part.amount(), part.reserve())
                .update();
    }

    List<StoredPart> parts(UUID voucher) {
        return jdbc.sql(
                        "select account_id, source_id, amount_cents, reserve_id from fund.voucher_part where voucher_id = ? order by account_id")
                .param(voucher)
                .query((rs, n) ->
                        new StoredPart(rs.getLong(1), rs.getObject(2, UUID.class), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Locks the voucher row for a move and returns its status, provider, person, validity and issue year. */
    Optional<Locked> lock(UUID id) {
        return jdbc.sql(
                        "select status, provider_id, person_id, employer_id, valid_until, issued_on, municipality from fund.voucher where id = ? for update")
                .param(id)
                .query((rs, n) -> new Locked(
                        VoucherStatus.valueOf(rs.getString(1)),
                        rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7)))
                .optional();
    }

    record Locked(
            VoucherStatus status,
            UUID provider,
            UUID person,
            UUID employer,
            LocalDate validUntil,
            LocalDate issuedOn,
            String municipality) {}

    void settle(UUID id, VoucherStatus to, LocalDate on, UUID actor, String request) {
        int moved = jdbc.sql("update fund.voucher set status = ?, settled_on = ? where id = ? and status = 'ISSUED'")
                .params(to.name(), on, id)
                .update();
        if (moved != 1) {
            throw new IllegalStateException("voucher " + id + " was not ISSUED under its row lock");
        }
        history(id, to, actor, request);
    }

    void history(UUID id, VoucherStatus status, UUID actor, String request) {
        jdbc.sql("insert into fund.voucher_history (voucher_id, status, actor, request_id) values (?, ?, ?, ?)")
                .params(id, status.name(), actor, request)
                .update();
    }

    /**
     * Adds to (or, negative, takes from) what a source has reserved and spent for a person or provider this year.
     * The row's check refuses going over the cap even when two requests race past the rules' reading.
     */
    void use(UUID source, int year, String kind, UUID subject, long cents, long cap, String rule) {
        int updated = jdbc.sql("""
                insert into fund.usage (source_id, year, subject_kind, subject_id, used_cents, cap_cents)
                values (:source, :year, :kind, :subject, :cents, :cap)
                on conflict (source_id, year, subject_kind, subject_id)
                do update set used_cents = fund.usage.used_cents + excluded.used_cents, cap_cents = excluded.cap_cents
                where fund.usage.used_cents + excluded.used_cents <= excluded.cap_cents""")
                .param("source", source)
                .param("year", year)
                .param("kind", kind)
                .param("subject", subject)
                .param("cents", cents)
                .param("cap", cap)
                .update();
        if (updated == 0) {
            throw new LostRace(
                    FundRefused.by(rule, "the cap of this source was reached while the voucher was being issued"));
        }
    }

    /** Gives back what a released voucher had used under a cap. */
    void release(UUID source, int year, String kind, UUID subject, long cents) {
        jdbc.sql("""
                update fund.usage set used_cents = used_cents - :cents
                where source_id = :source and year = :year and subject_kind = :kind and subject_id = :subject""")
                .param("source", source)
                .param("year", year)
                .param("kind", kind)
                .param("subject", subject)
                .param("cents", cents)
                .update();
    }

    Optional<Voucher> byId(UUID id) {
        return list("v.id = :id", Map.of("id", id), 1).stream().findFirst();
    }

    List<Voucher> search(VoucherFilter filter, String visibility, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(visibility);
        Map<String, Object> all = new HashMap<>(params);
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
        var query = jdbc.sql("""
                select v.*, h.name as holder_name,
                  (select json_agg(json_build_object('source', x.source_id, 'name', x.name, 'amount', x.amount) order by x.priority)
                     from (select p.source_id, s.name, s.priority, sum(p.amount_cents) as amount
                           from fund.voucher_part p join fund.funding_source s on s.id = p.source_id
                           where p.voucher_id = v.id group by p.source_id, s.name, s.priority) x)::text as parts
                from fund.voucher v join fund.account_holder h on h.person_id = v.person_id
                where %s order by v.issued_on desc, v.id limit %d""".formatted(where, limit));
        for (var e : params.entrySet()) {
            query = query.param(e.getKey(), e.getValue());
        }
        query.query(rs -> {
            vouchers.add(voucher(rs));
        });
        return vouchers;
    }

    private static Voucher voucher(ResultSet rs) throws SQLException {
        List<Voucher.Part> parts = new ArrayList<>();
        String json = rs.getString("parts");
        if (json != null) {
            for (var node : tools.jackson.databind.json.JsonMapper.shared().readTree(json)) {
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
}
