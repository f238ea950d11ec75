package vn.chiso766.app.admin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.domain.unit.UnitKind;

/** A unit as the administration shows it, with the unit that took it over when it was merged. */
public record UnitRow(
        String code,
        String name,
        UnitKind kind,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successorCode) {

    static UnitRow of(UnitEntity unit) {
        return new UnitRow(
                unit.getCode(),
                unit.getName(),
                unit.getKind(),
                unit.getParent() == null ? null : unit.getParent().getCode(),
                unit.getValidFrom(),
                unit.getValidTo(),
                unit.getSuccessor() == null ? null : unit.getSuccessor().getCode());
    }
}
