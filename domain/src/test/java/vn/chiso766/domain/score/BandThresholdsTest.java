package vn.chiso766.domain.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BandThresholdsTest {

    private static Band band(String total) {
        return BandThresholds.DEFAULT.classify(new BigDecimal(total));
    }

    @Test
    void every_default_threshold_is_inclusive_at_its_lower_bound() {
        assertThat(band("100")).isEqualTo(Band.EXCELLENT);
        assertThat(band("90.00")).isEqualTo(Band.EXCELLENT);
        assertThat(band("89.99")).isEqualTo(Band.GOOD);
        assertThat(band("80")).isEqualTo(Band.GOOD);
        assertThat(band("79.99")).isEqualTo(Band.FAIR);
        assertThat(band("70")).isEqualTo(Band.FAIR);
        assertThat(band("69.99")).isEqualTo(Band.AVERAGE);
        assertThat(band("50")).isEqualTo(Band.AVERAGE);
        assertThat(band("49.99")).isEqualTo(Band.WEAK);
        assertThat(band("0")).isEqualTo(Band.WEAK);
    }

    @Test
    void configured_thresholds_move_the_bands() {
        var strict = new BandThresholds(
                BigDecimal.valueOf(95), BigDecimal.valueOf(85), BigDecimal.valueOf(75), BigDecimal.valueOf(60));
        assertThat(strict.classify(new BigDecimal("92"))).isEqualTo(Band.GOOD);
        assertThat(strict.classify(new BigDecimal("55"))).isEqualTo(Band.WEAK);
    }

    @Test
    void thresholds_must_decrease() {
        assertThatThrownBy(() -> new BandThresholds(
                        BigDecimal.valueOf(80), BigDecimal.valueOf(90), BigDecimal.valueOf(70), BigDecimal.valueOf(50)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
