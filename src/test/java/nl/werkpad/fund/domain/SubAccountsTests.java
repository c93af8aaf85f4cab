package nl.werkpad.fund.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SubAccountsTests {

    @Test
    void aBudgetIsSpreadWithoutLosingACent() {
        assertThat(SubAccounts.spread(1_000, 16))
                .containsOnly(62, 63)
                .satisfies(s -> assertThat(Arrays.stream(s).sum()).isEqualTo(1_000));
        assertThat(SubAccounts.spread(5, 16))
                .startsWith(1, 1, 1, 1, 1, 0)
                .satisfies(s -> assertThat(Arrays.stream(s).sum()).isEqualTo(5));
        assertThat(Arrays.stream(SubAccounts.spread(Long.MAX_VALUE, 16)).sum()).isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> SubAccounts.spread(-1, 16)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneSubAccountPaysWhenItCanStartingWhereTheHashPoints() {
        long[] free = {100, 500, 0, 500};
        assertThat(SubAccounts.draw(free, 300, 1)).containsExactly(new SubAccounts.Take(1, 300));
        assertThat(SubAccounts.draw(free, 300, 2)).containsExactly(new SubAccounts.Take(3, 300));
        assertThat(SubAccounts.draw(free, 300, -2))
                .as("a negative hash wraps round")
                .containsExactly(new SubAccounts.Take(3, 300));
        assertThat(SubAccounts.draw(free, 100, 0)).containsExactly(new SubAccounts.Take(0, 100));
    }

    @Test
    void whenNoneCanAloneTheyPayInTurnAndNeverMoreThanTheyHave() {
        long[] free = {100, 200, 0, 300};
        assertThat(SubAccounts.draw(free, 550, 3))
                .containsExactly(
                        new SubAccounts.Take(3, 300), new SubAccounts.Take(0, 100), new SubAccounts.Take(1, 150));
        assertThat(SubAccounts.draw(free, 600, 0)).hasSize(3);
        assertThat(SubAccounts.draw(free, 601, 0))
                .as("together too little: nothing")
                .isEmpty();
        assertThat(SubAccounts.draw(free, 0, 0)).isEmpty();
    }

    @Test
    void randomDrawsTakeExactlyTheAmountAndStayWithinEachSubAccount() {
        Random random = new Random(21);
        for (int run = 0; run < 2_000; run++) {
            long[] free = random.longs(1 + random.nextInt(16), 0, 1_000).toArray();
            long cents = 1 + random.nextInt(4_000);
            List<SubAccounts.Take> takes = SubAccounts.draw(free, cents, random.nextInt());
            long sum = takes.stream().mapToLong(SubAccounts.Take::cents).sum();
            assertThat(sum).isEqualTo(Arrays.stream(free).sum() >= cents ? cents : 0);
            takes.forEach(t -> assertThat(t.cents()).isPositive().isLessThanOrEqualTo(free[t.index()]));
            assertThat(takes.stream().map(SubAccounts.Take::index).distinct().count())
                    .isEqualTo(takes.size());
        }
    }

    @Test
    void freeMoneyOverSubAccountsSaturatesInsteadOfWrappingRound() {
        assertThat(SubAccounts.total(1, 2, 3)).isEqualTo(6);
        assertThat(SubAccounts.total(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        assertThat(SubAccounts.total(Long.MAX_VALUE - 1, 1, -5)).isEqualTo(Long.MAX_VALUE);
    }
}
