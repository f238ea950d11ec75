package vn.chiso766.app.admin;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.UnitKind;

/** A unit as the audit trail records it; for a unit made by a merge, the units it replaced. */
public record UnitState(
        String code,
        String name,
        UnitKind kind,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successorCode,
        List<String> mergedFrom) {

    static UnitState of(UnitRow unit) {
        return of(unit, List.of());
    }

    static UnitState of(UnitRow unit, List<String> mergedFrom) {
        return new UnitState(
                unit.code(),
                unit.name(),
                unit.kind(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo(),
                unit.successorCode(),
                List.copyOf(mergedFrom));
    }
}
