package vn.chiso766.app.admin;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.db.unit.UnitEntity;

/**
 * Whether units can be merged on a date, as communes were on 1 July 2025: at least two, all of one parent, none
 * already merged, each begun before the date and not ended before the day before it.
 */
final class MergeCheck {

    private MergeCheck() {}

    static List<String> codes(List<String> codes) {
        List<String> distinct = codes.stream()
                .map(String::strip)
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        if (distinct.size() < 2) {
            throw new TranslatableException("admin.unit.error.mergeTooFew");
        }
        return distinct;
    }

    static @Nullable UnitEntity commonParent(List<UnitEntity> units) {
        UnitEntity parent = units.getFirst().getParent();
        for (UnitEntity unit : units) {
            if (!Objects.equals(code(unit.getParent()), code(parent))) {
                throw new TranslatableException(
                        "admin.unit.error.mergeParents", units.getFirst().getName(), unit.getName());
            }
        }
        return parent;
    }

    static LocalDate date(@Nullable LocalDate date, List<UnitEntity> units) {
        if (date == null) {
            throw new TranslatableException("admin.unit.error.mergeDateMissing");
        }
        for (UnitEntity unit : units) {
            if (unit.getSuccessor() != null) {
                throw new TranslatableException(
                        "admin.unit.error.alreadyMerged",
                        unit.getName(),
                        unit.getSuccessor().getName());
            }
            if (!date.isAfter(unit.getValidFrom())) {
                throw new TranslatableException("admin.unit.error.mergeDate", unit.getName(), unit.getValidFrom());
            }
            LocalDate validTo = unit.getValidTo();
            if (validTo != null && validTo.isBefore(date.minusDays(1))) {
                throw new TranslatableException("admin.unit.error.endedBeforeMerge", unit.getName(), validTo);
            }
        }
        return date;
    }

    private static @Nullable String code(@Nullable UnitEntity unit) {
        return unit == null ? null : unit.getCode();
    }
}
