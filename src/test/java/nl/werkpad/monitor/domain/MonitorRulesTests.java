package nl.werkpad.monitor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MonitorRulesTests {

    @Test
    void tensionClassesFollowTheUwvBounds() {
        assertThat(Tension.level(41, 10)).isEqualTo(Tension.Level.VERY_TIGHT);
        assertThat(Tension.level(40, 10)).isEqualTo(Tension.Level.TIGHT);
        assertThat(Tension.level(16, 10)).isEqualTo(Tension.Level.TIGHT);
        assertThat(Tension.level(15, 10)).isEqualTo(Tension.Level.AVERAGE);
        assertThat(Tension.level(67, 100)).isEqualTo(Tension.Level.AVERAGE);
        assertThat(Tension.level(66, 100)).isEqualTo(Tension.Level.LOOSE);
        assertThat(Tension.level(25, 100)).isEqualTo(Tension.Level.LOOSE);
        assertThat(Tension.level(24, 100)).isEqualTo(Tension.Level.VERY_LOOSE);
        assertThat(Tension.level(5, 0)).isEqualTo(Tension.Level.VERY_TIGHT);
        assertThat(Tension.level(0, 0)).isEqualTo(Tension.Level.NONE);
        assertThat(Tension.ratio(5, 0)).isNull();
        assertThat(Tension.ratio(3, 4)).isEqualTo(0.75);
    }

    @Test
    void aRatioOverFewerThanTenPeopleOnWwIsNeverClassedOrShown() {
        assertThat(Tension.publishedLevel(5, 0)).isEqualTo(Tension.Level.NONE);
        assertThat(Tension.published(5, 0)).isNull();
        assertThat(Tension.publishedLevel(90, 9)).isEqualTo(Tension.Level.NONE);
        assertThat(Tension.published(90, 9)).isNull();
        assertThat(Tension.publishedLevel(41, 10)).isEqualTo(Tension.Level.VERY_TIGHT);
        assertThat(Tension.published(41, 10)).isEqualTo(4.1);
    }

    @Test
    void countsBelowTenAreHiddenAndOneHiddenCellTakesTheSmallestOtherWithIt() {
        // 7 alone would be recoverable from the total (7 = 57 - 12 - 38): 12 is hidden too
        assertThat(Suppression.indexes(Suppression.hidden(List.of(7L, 12L, 38L))))
                .containsExactly(0, 1);
        // two hidden cells protect each other
        assertThat(Suppression.indexes(Suppression.hidden(List.of(3L, 4L, 50L))))
                .containsExactly(0, 1);
        // zero identifies nobody; ten and more are shown
        assertThat(Suppression.indexes(Suppression.hidden(List.of(0L, 10L, 25L))))
                .isEmpty();
        assertThat(Suppression.hiddenTotal(9)).isTrue();
        assertThat(Suppression.hiddenTotal(0)).isFalse();
    }
}
