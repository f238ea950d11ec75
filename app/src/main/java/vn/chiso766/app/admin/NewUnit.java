package vn.chiso766.app.admin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.UnitKind;

/** A unit to add under a parent (no parent: a top-level unit such as a province). */
public record NewUnit(
        @Nullable String parentCode,
        String code,
        String name,
        @Nullable UnitKind kind,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo) {}
