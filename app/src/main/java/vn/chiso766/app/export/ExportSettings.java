package vn.chiso766.app.export;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The district summary lists the wards whose total is below {@code summaryThreshold} points. */
@ConfigurationProperties("chiso766.export")
public record ExportSettings(@DefaultValue("70") BigDecimal summaryThreshold) {}
