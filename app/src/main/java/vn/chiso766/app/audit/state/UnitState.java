package vn.chiso766.app.audit.state;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.audit.AuditedState;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/**
 * A unit as the audit trail records it, with its successor after a merge and, for a unit made by a merge, the
 * units it replaced; filed under the unit itself, so leaders above it can read it.
 */
public record UnitState(
        String code,
        String name,
        UnitKind kind,
        @Nullable String parentCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable String successorCode,
        List<String> mergedFrom)
        implements AuditedState {

    public static final String TYPE = "unit";

    public static UnitState of(Unit unit) {
        return new UnitState(
                unit.code(),
                unit.name(),
                unit.kind(),
                unit.parentCode(),
                unit.validFrom(),
                unit.validTo(),
                null,
                List.of());
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    @Override
    public String entityKey() {
        return code;
    }

    @Override
    public String unitCode() {
        return code;
    }

    @Override
    public @Nullable String period() {
        return null;
    }
}
