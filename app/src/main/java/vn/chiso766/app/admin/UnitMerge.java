package vn.chiso766.app.admin;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.UnitKind;

/** Units of one parent merged into a new unit that exists from {@code date}; the old ones end the day before. */
public record UnitMerge(
        List<String> codes,
        String newCode,
        String newName,
        @Nullable UnitKind kind,
        @Nullable LocalDate date) {

    public UnitMerge {
        codes = List.copyOf(codes);
    }
}
