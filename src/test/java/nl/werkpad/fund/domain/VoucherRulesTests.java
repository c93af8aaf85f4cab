package nl.werkpad.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.werkpad.shared.Decision;
import org.junit.jupiter.api.Test;

class VoucherRulesTests {

    static final UUID PROVIDER = UUID.randomUUID();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    static String rule(Decision decision) {
        return decision instanceof Decision.Rejected(String rule, String reason) ? rule : "allowed";
    }

    @Test
    void onlyTheVouchersOwnProviderRedeemsAnIssuedVoucherWhileItIsValid() {
        assertThat(rule(VoucherRules.redeem(VoucherStatus.ISSUED, PROVIDER, TODAY, List.of(PROVIDER), TODAY)))
                .isEqualTo("allowed");
        assertThat(rule(VoucherRules.redeem(VoucherStatus.ISSUED, PROVIDER, TODAY, List.of(UUID.randomUUID()), TODAY)))
                .isEqualTo("voucher.other-provider");
        assertThat(rule(VoucherRules.redeem(
                        VoucherStatus.ISSUED, PROVIDER, TODAY.minusDays(1), List.of(PROVIDER), TODAY)))
                .isEqualTo("voucher.expired");
        assertThat(rule(VoucherRules.redeem(VoucherStatus.REDEEMED, PROVIDER, TODAY, List.of(PROVIDER), TODAY)))
                .isEqualTo("voucher.already-redeemed");
        assertThat(rule(VoucherRules.redeem(VoucherStatus.CANCELLED, PROVIDER, TODAY, List.of(PROVIDER), TODAY)))
                .isEqualTo("voucher.released");
    }

    @Test
    void onlyAnIssuedVoucherCanBeCancelledAndItExpiresTheDayAfterItsLastDay() {
        assertThat(rule(VoucherRules.cancel(VoucherStatus.ISSUED))).isEqualTo("allowed");
        assertThat(rule(VoucherRules.cancel(VoucherStatus.REDEEMED))).isEqualTo("voucher.already-redeemed");
        assertThat(rule(VoucherRules.cancel(VoucherStatus.EXPIRED))).isEqualTo("voucher.released");
        assertThat(VoucherRules.expires(VoucherStatus.ISSUED, TODAY, TODAY)).isFalse();
        assertThat(VoucherRules.expires(VoucherStatus.ISSUED, TODAY, TODAY.plusDays(1)))
                .isTrue();
        assertThat(VoucherRules.expires(VoucherStatus.REDEEMED, TODAY, TODAY.plusDays(1)))
                .isFalse();
    }
}
