package vn.chiso766.app.admin;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.i18n.TranslatableException;
import vn.chiso766.domain.unit.UnitKind;

/** The rules every unit keeps, whether added, edited or made by a merge. */
final class UnitChecks {

    private UnitChecks() {}

    static String code(String code) {
        String stripped = code.strip();
        if (stripped.isEmpty() || stripped.length() > 64 || stripped.chars().anyMatch(Character::isWhitespace)) {
            throw new TranslatableException("admin.unit.error.code");
        }
        return stripped;
    }

    static String name(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > 255) {
            throw new TranslatableException("admin.unit.error.name");
        }
        return stripped;
    }

    static UnitKind kind(@Nullable UnitKind kind) {
        if (kind == null) {
            throw new TranslatableException("admin.unit.error.kind");
        }
        return kind;
    }

    static LocalDate validity(@Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
        if (validFrom == null) {
            throw new TranslatableException("admin.unit.error.validFrom");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new TranslatableException("admin.unit.error.validity", validFrom, validTo);
        }
        return validFrom;
    }
}
