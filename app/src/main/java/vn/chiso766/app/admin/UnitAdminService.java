package vn.chiso766.app.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso766.app.audit.AuditEntry;
import vn.chiso766.app.audit.AuditSource;
import vn.chiso766.app.audit.AuditTrail;
import vn.chiso766.app.audit.state.UnitState;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.app.unit.UnitsChanged;
import vn.chiso766.db.unit.UnitEntity;
import vn.chiso766.db.unit.UnitRepository;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/**
 * The unit tree for the administrator: add, rename and re-date units, and merge units into a new one. Units are
 * never deleted, so the score cards and reports of merged units stay readable; every change is audited and
 * makes the cached tree reload.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ADMIN')")
public class UnitAdminService {

    private final UnitRepository units;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    UnitAdminService(UnitRepository units, AuditTrail audit, ApplicationEventPublisher events) {
        this.units = units;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<UnitRow> list() {
        return units.findAllForAdministration().stream().map(UnitRow::of).toList();
    }

    public UnitRow add(NewUnit request) {
        UnitEntity parent = request.parentCode() == null || request.parentCode().isBlank()
                ? null
                : units.findByCode(request.parentCode())
                        .orElseThrow(() ->
                                new TranslatableException("admin.unit.error.parentUnknown", request.parentCode()));
        UnitEntity unit =
                create(parent, request.code(), request.name(), request.kind(), request.validFrom(), request.validTo());
        record("create", unit, null, List.of());
        events.publishEvent(new UnitsChanged());
        return UnitRow.of(unit);
    }

    /** Renames and re-dates a unit; records a rename and a validity change separately, each only if made. */
    public UnitRow edit(UnitEdit request) {
        UnitEntity unit = find(request.code());
        String name = UnitChecks.name(request.name());
        LocalDate validFrom = UnitChecks.validity(request.validFrom(), request.validTo());
        checkEndBeforeSuccessor(unit, request.validTo());
        UnitState before = state(unit);
        if (!name.equals(unit.getName())) {
            unit.setName(name);
            record("rename", unit, before, List.of());
        }
        if (!validFrom.equals(unit.getValidFrom()) || !Objects.equals(request.validTo(), unit.getValidTo())) {
            UnitState beforeDates = state(unit);
            unit.setValidity(validFrom, request.validTo());
            record("change-validity", unit, beforeDates, List.of());
        }
        events.publishEvent(new UnitsChanged());
        return UnitRow.of(unit);
    }

    /**
     * Merges units of one parent into a new unit from {@code date}: the new unit starts that day, each old one ends
     * the day before and names the new one as its successor. Rankings then show the old units for the periods
     * before and the new one from the period containing the date.
     */
    public UnitRow merge(UnitMerge request) {
        List<UnitEntity> old =
                MergeCheck.codes(request.codes()).stream().map(this::find).toList();
        UnitEntity parent = MergeCheck.commonParent(old);
        LocalDate date = MergeCheck.date(request.date(), old);
        UnitEntity merged = create(parent, request.newCode(), request.newName(), request.kind(), date, null);
        for (UnitEntity unit : old) {
            UnitState before = state(unit);
            unit.mergeInto(merged);
            record("merged-into", unit, before, List.of());
        }
        record("merge", merged, null, old.stream().map(UnitEntity::getCode).toList());
        events.publishEvent(new UnitsChanged());
        return UnitRow.of(merged);
    }

    private UnitEntity create(
            @Nullable UnitEntity parent,
            String rawCode,
            String rawName,
            @Nullable UnitKind rawKind,
            @Nullable LocalDate rawFrom,
            @Nullable LocalDate validTo) {
        String code = UnitChecks.code(rawCode);
        String name = UnitChecks.name(rawName);
        UnitKind kind = UnitChecks.kind(rawKind);
        LocalDate validFrom = UnitChecks.validity(rawFrom, validTo);
        if (units.existsByCode(code)) {
            throw new TranslatableException("admin.unit.error.duplicate", code);
        }
        Unit unit = new Unit(code, name, kind, parent == null ? null : parent.getCode(), validFrom, validTo);
        return units.save(new UnitEntity(unit, parent, false));
    }

    /** A merged unit must end before its successor begins, or both would be ranked for the same days. */
    private static void checkEndBeforeSuccessor(UnitEntity unit, @Nullable LocalDate validTo) {
        UnitEntity successor = unit.getSuccessor();
        if (successor != null && (validTo == null || !validTo.isBefore(successor.getValidFrom()))) {
            throw new TranslatableException(
                    "admin.unit.error.successorEnd", successor.getName(), successor.getValidFrom());
        }
    }

    private UnitEntity find(String code) {
        return units.findByCode(code.strip())
                .orElseThrow(() -> new TranslatableException("admin.unit.error.unknown", code));
    }

    private static UnitState state(UnitEntity unit) {
        return state(UnitRow.of(unit), List.of());
    }

    private static UnitState state(UnitRow row, List<String> mergedFrom) {
        return new UnitState(
                row.code(),
                row.name(),
                row.kind(),
                row.parentCode(),
                row.validFrom(),
                row.validTo(),
                row.successorCode(),
                List.copyOf(mergedFrom));
    }

    private void record(String action, UnitEntity unit, @Nullable UnitState before, List<String> mergedFrom) {
        UnitState after = state(UnitRow.of(unit), mergedFrom);
        audit.record(
                new AuditEntry(action, "unit", unit.getCode(), unit.getCode(), null, before, after, AuditSource.FORM));
    }
}
