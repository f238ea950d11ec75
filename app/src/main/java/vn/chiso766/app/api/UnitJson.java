package vn.chiso766.app.api;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

public record UnitJson(
        String code,
        String name,
        UnitKind kind,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {

    static UnitJson of(Unit unit) {
        return new UnitJson(unit.code(), unit.name(), unit.kind(), unit.parentCode(), unit.validFrom(), unit.validTo());
    }
}
