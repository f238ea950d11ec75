package vn.chiso766.reporting.spreadsheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;

/**
 * One data row as read: the unit as written (code, name or both), the period and the values that could be read.
 * A row with problems is kept too, so that a preview can show it beside its messages.
 *
 * @param position the row (XLSX) or line (CSV) number
 * @param groups the group points that could be read, by criterion code
 */
public record SheetRow(
        int position,
        @Nullable String unitCode,
        @Nullable String unitName,
        String periodText,
        @Nullable Period period,
        Map<String, BigDecimal> groups,
        OperationalFigures figures,
        @Nullable BigDecimal statedTotal,
        List<SheetProblem> problems) {

    public SheetRow {
        groups = Map.copyOf(groups);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> !p.isWarning());
    }

    /** The unit as the row names it: its code when given, else its name. */
    public String unitText() {
        return unitCode != null ? unitCode : unitName != null ? unitName : "";
    }

    /** The group scores in the order given; only meaningful for a row without errors. */
    public GroupScores groupScores(List<String> catalogueOrder) {
        Map<String, BigDecimal> ordered = new java.util.LinkedHashMap<>();
        catalogueOrder.stream().filter(groups::containsKey).forEach(code -> ordered.put(code, groups.get(code)));
        return new GroupScores(ordered);
    }
}
