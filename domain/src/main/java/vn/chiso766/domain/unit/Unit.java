package vn.chiso766.domain.unit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/**
 * An administrative unit or agency. Units are never deleted: the 2025 reorganisation ended many of them, and
 * their history stays readable through {@code validTo}.
 */
public record Unit(
        String code,
        String name,
        UnitKind kind,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    public Unit {
        if (code.isBlank()) {
            throw new IllegalArgumentException("A unit needs a code");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("Unit " + code + " ends before it starts");
        }
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** A unit takes part in a period when it existed on any day of it. */
    public boolean isValidIn(Period period) {
        LocalDate start = period.months().getFirst().yearMonth().atDay(1);
        LocalDate end = period.months().getLast().yearMonth().atEndOfMonth();
        return !validFrom.isAfter(end) && (validTo == null || !validTo.isBefore(start));
    }
}
