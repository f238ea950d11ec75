package vn.chiso766.app.importing;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.Unit;

/** The rankings an import touches: the parent of each imported unit, with the period of its card. */
final class AffectedRankings {

    private AffectedRankings() {}

    static Set<AffectedRanking> of(ImportPreview preview, Function<String, @Nullable Unit> existing) {
        Map<String, Unit> created =
                preview.unitsToCreate().stream().collect(Collectors.toMap(Unit::code, u -> u, (a, b) -> a));
        Function<String, @Nullable Unit> find =
                code -> created.containsKey(code) ? created.get(code) : existing.apply(code);
        Set<AffectedRanking> affected = new LinkedHashSet<>();
        for (ImportRow row : preview.rows()) {
            if (row.card() == null || row.unitCode() == null) {
                continue;
            }
            Unit unit = find.apply(row.unitCode());
            if (unit == null || unit.parentCode() == null) {
                continue;
            }
            Unit parent = find.apply(unit.parentCode());
            affected.add(new AffectedRanking(
                    unit.parentCode(),
                    parent == null ? unit.parentCode() : parent.name(),
                    row.card().period()));
        }
        return affected;
    }
}
