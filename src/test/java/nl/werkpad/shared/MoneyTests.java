package nl.werkpad.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
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
