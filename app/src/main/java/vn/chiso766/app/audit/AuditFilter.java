package vn.chiso766.app.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/**
 * What the audit view asks for; every part is optional. The unit includes everything under it; a quarter or a
 * year includes its months; the dates are days in Vietnam time, both inclusive.
 */
public record AuditFilter(
        @Nullable String unitCode,
        @Nullable String actor,
        @Nullable Period period,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        unitCode = blankToNull(unitCode);
        actor = blankToNull(actor);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
