package nl.werkpad.fund.persistence;

import java.time.LocalDate;
import java.util.Map;
import nl.werkpad.ecosystem.AgendaMeasures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Action agenda I-1d: companies reached through vouchers (the mkb-route): employers with a live voucher. */
@Component
class FundMeasures implements AgendaMeasures {

    private final JdbcClient jdbc;

    FundMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Double> measure(LocalDate today) {
        long companies = jdbc.sql(
                        "select count(distinct employer_id) from fund.voucher where employer_id is not null and status in ('ISSUED', 'REDEEMED')")
                .query(Long.class)
                .single();
        return Map.of("COMPANIES_VIA_VOUCHERS", (double) companies);
    }
}
