package vn.chiso766.app.intake;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.OperationalFigures;

/** The columns of the report's one-row table of operational figures: counts, and rates in percent. */
public enum Figure {
    DOSSIERS(true, "dossiers"),
    OVERDUE_ON_PORTAL(true, "overduePortal"),
    OVERDUE_ON_ONE_STOP(true, "overdueOneStop"),
    ONLINE_SUBMISSION_RATE(false, "onlineRate"),
    SATISFACTION_RATE(false, "satisfaction"),
    ELECTRONIC_RESULT_RATE(false, "electronicResults"),
    SYNCHRONISED_RATE(false, "synchronised"),
    ELECTRONIC_CERTIFIED_COPIES(true, "certifiedCopies"),
    ONLINE_PAYMENTS(true, "onlinePayments");

    private final boolean count;
    private final String label;

    Figure(boolean count, String label) {
        this.count = count;
        this.label = label;
    }

    public boolean isCount() {
        return count;
    }

    /** The column's label in the translations, the same as the ward page's table uses. */
    public String labelKey() {
        return "doc.figure." + label;
    }

    static Map<Figure, BigDecimal> of(OperationalFigures f) {
        Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);
        put(values, DOSSIERS, f.dossiers());
        put(values, OVERDUE_ON_PORTAL, f.overdueOnPortal());
        put(values, OVERDUE_ON_ONE_STOP, f.overdueOnOneStop());
        put(values, ONLINE_SUBMISSION_RATE, f.onlineSubmissionRate());
        put(values, SATISFACTION_RATE, f.satisfactionRate());
        put(values, ELECTRONIC_RESULT_RATE, f.electronicResultRate());
        put(values, SYNCHRONISED_RATE, f.synchronisedRate());
        put(values, ELECTRONIC_CERTIFIED_COPIES, f.electronicCertifiedCopies());
        put(values, ONLINE_PAYMENTS, f.onlinePayments());
        return values;
    }

    static OperationalFigures toFigures(Map<Figure, BigDecimal> values) {
        return new OperationalFigures(
                count(values, DOSSIERS),
                count(values, OVERDUE_ON_PORTAL),
                count(values, OVERDUE_ON_ONE_STOP),
                values.get(ONLINE_SUBMISSION_RATE),
                values.get(SATISFACTION_RATE),
                values.get(ELECTRONIC_RESULT_RATE),
                values.get(SYNCHRONISED_RATE),
                count(values, ELECTRONIC_CERTIFIED_COPIES),
                count(values, ONLINE_PAYMENTS));
    }

    private static void put(Map<Figure, BigDecimal> values, Figure figure, @Nullable Number value) {
        if (value != null) {
            values.put(figure, new BigDecimal(value.toString()));
        }
    }

    private static @Nullable Integer count(Map<Figure, BigDecimal> values, Figure figure) {
        BigDecimal value = values.get(figure);
        return value == null ? null : value.intValueExact();
    }
}
