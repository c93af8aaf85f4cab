package nl.werkpad.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTests {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1.234,50|123450", "1234.50|123450", "1,234.50|123450", "€ 10|1000", "10,5|1050", "10.50|1050",
                "10,50|1050", "€10,50|1050", "1.234|123400", "1,234|123400", "1.234.567,89|123456789", "0,05|5",
                "0.500|50", "EUR 12|1200", "-3,25|-325", " 7 |700", "1 234,50|123450", "10|1000"
            })
    void readsWhatDutchAndEnglishSpeakersType(String typed, long cents) {
        assertThat(Money.parse(typed)).isEqualTo(Money.ofCents(cents));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tien", "1.2.3", "12,3456", "10,50.1", "1.23.456", "€", "1,2,3", "--1", "12a"})
    void refusesWhatIsNotAnAmount(String typed) {
        assertThatThrownBy(() -> Money.parse(typed)).isInstanceOf(Money.NotAnAmount.class);
    }

    @Test
    void blankIsNoAmount() {
        assertThat(Money.parse("  ")).isNull();
        assertThat(Money.parse(null)).isNull();
    }

    @Test
    void showsAmountsInTheReadersLanguage() {
        Money money = Money.ofCents(123450);
        assertThat(money.format(DUTCH)).isEqualTo("€ 1.234,50");
        assertThat(money.format(Locale.ENGLISH)).isEqualTo("€1,234.50");
        assertThat(Money.ofCents(60_000_000).format(DUTCH)).isEqualTo("€ 600.000,00");
        assertThat(Money.ofCents(60_000_000).english()).isEqualTo("€600,000");
    }

    @Test
    void groupsDigitsAsDecimalFormatDoes() {
        Random random = new Random(21);
        List<Long> amounts = new ArrayList<>(List.of(
                0L,
                1L,
                -1L,
                99L,
                100L,
                99_999L,
                100_000L,
                123_456_789L,
                -123_456_789L,
                Long.MAX_VALUE,
                Long.MIN_VALUE));
        for (int i = 0; i < 2_000; i++) {
            amounts.add(random.nextLong() >> random.nextInt(63));
        }
        for (long cents : amounts) {
            BigDecimal euros = BigDecimal.valueOf(cents, 2);
            assertThat(Money.ofCents(cents).number(DUTCH)).isEqualTo(reference(euros, ',', '.', "#,##0.00"));
            assertThat(Money.ofCents(cents).number(Locale.ENGLISH)).isEqualTo(reference(euros, '.', ',', "#,##0.00"));
            if (cents % 100 == 0) {
                assertThat(Money.ofCents(cents).amount(DUTCH)).isEqualTo(reference(euros, ',', '.', "#,##0"));
            }
        }
        BigInteger huge = BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(1_000_003));
        assertThat(Money.format(huge, Locale.ENGLISH))
                .isEqualTo("€" + reference(new BigDecimal(huge, 2), '.', ',', "#,##0.00"));
    }

    private static String reference(BigDecimal euros, char decimal, char grouping, String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(decimal);
        symbols.setGroupingSeparator(grouping);
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols).format(euros);
    }

    @Test
    void showsCentsWhereTheAmountHasThem() {
        assertThat(Money.ofCents(1050).amount(DUTCH)).isEqualTo("10,50");
        assertThat(Money.ofCents(1000).amount(DUTCH)).isEqualTo("10");
        assertThat(Money.ofCents(1050).compact(DUTCH)).isEqualTo("€ 10,50");
        assertThat(Money.ofCents(1050).english()).isEqualTo("€10.50");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 5, 1050, 123450, 99, 10_000_000_000L, -2575})
    void readsBackWhatItShows(long cents) {
        Money money = Money.ofCents(cents);
        assertThat(Money.parse(money.amount(DUTCH))).isEqualTo(money);
        assertThat(Money.parse(money.amount(Locale.ENGLISH))).isEqualTo(money);
        assertThat(Money.parse(money.format(DUTCH))).isEqualTo(money);
        assertThat(Money.parse(money.format(Locale.ENGLISH))).isEqualTo(money);
    }

    @Test
    void roundsEurosHalfUpToCentsAndSaturatesSoTheMoneyRuleRefusesByName() {
        assertThat(Money.ofEuros(new BigDecimal("10.505"))).isEqualTo(Money.ofCents(1051));
        Money huge = Money.parse("1.000.000.000.000.000.000.000");
        assertThat(huge.cents()).isEqualTo(Long.MAX_VALUE);
        assertThat(huge.withinInputBounds()).isFalse();
        assertThat(Money.parse("100.000.000").withinInputBounds()).isTrue();
        assertThat(Money.parse("100.000.000,01").withinInputBounds()).isFalse();
    }
}
