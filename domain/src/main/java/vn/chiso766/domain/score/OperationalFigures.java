package vn.chiso766.domain.score;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The one-row table of a ward's monthly report (DOMAIN.md, "Who reports what", part 4). Every figure is optional:
 * portal data has none of them, and wards do not always fill every column. Rates are percentages.
 */
public record OperationalFigures(
        @Nullable Integer dossiers,
        @Nullable Integer overdueOnPortal,
        @Nullable Integer overdueOnOneStop,
        @Nullable BigDecimal onlineSubmissionRate,
        @Nullable BigDecimal satisfactionRate,
        @Nullable BigDecimal electronicResultRate,
        @Nullable BigDecimal synchronisedRate,
        @Nullable Integer electronicCertifiedCopies,
        @Nullable Integer onlinePayments) {

    public OperationalFigures {
        onlineSubmissionRate = Scores.twoDecimals(onlineSubmissionRate);
        satisfactionRate = Scores.twoDecimals(satisfactionRate);
        electronicResultRate = Scores.twoDecimals(electronicResultRate);
        synchronisedRate = Scores.twoDecimals(synchronisedRate);
    }

    public static final OperationalFigures NONE =
            new OperationalFigures(null, null, null, null, null, null, null, null, null);
}
