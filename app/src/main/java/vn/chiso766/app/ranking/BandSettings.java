package vn.chiso766.app.ranking;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.chiso766.domain.score.BandThresholds;

/** Band lower bounds, configurable because only 90 and 50 are confirmed (DOMAIN.md "Bands"). */
@ConfigurationProperties("chiso766.bands")
public record BandSettings(
        @DefaultValue("90") BigDecimal excellent,
        @DefaultValue("80") BigDecimal good,
        @DefaultValue("70") BigDecimal fair,
        @DefaultValue("50") BigDecimal average) {

    public BandThresholds thresholds() {
        return new BandThresholds(excellent, good, fair, average);
    }
}
