package vn.chiso766.reporting.export.table;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.reporting.export.VietnameseText;

/**
 * The ranking screen's table for a scope and period: the ranked units in rank order, then those without a report,
 * with what the screen says beside them (demonstration figures, months covered) and the bands in force.
 */
public record ComparisonTable(
        Unit scope,
        Period period,
        @Nullable Criterion rankedBy,
        List<Criterion> criteria,
        List<ComparisonRow> rows,
        List<Unit> missing,
        BandThresholds thresholds) {

    public ComparisonTable {
        criteria = List.copyOf(criteria);
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    /** From the same ranking the screen shows (the application's RankingResult holds these three). */
    public static ComparisonTable of(
            RankingTable table,
            @Nullable String rankedBy,
            Set<String> demoUnits,
            Map<String, Integer> monthsCovered,
            BandThresholds thresholds) {
        List<Criterion> criteria = table.catalogue().criteria();
        List<ComparisonRow> rows = table.rows().stream()
                .map(r -> row(r, criteria, demoUnits, monthsCovered))
                .toList();
        return new ComparisonTable(
                table.scope(),
                table.period(),
                rankedBy == null ? null : table.catalogue().get(rankedBy),
                criteria,
                rows,
                table.missing(),
                thresholds);
    }

    private static ComparisonRow row(
            RankingRow row, List<Criterion> criteria, Set<String> demoUnits, Map<String, Integer> monthsCovered) {
        String code = row.unit().code();
        return new ComparisonRow(
                row.rank(),
                row.movement(),
                row.unit(),
                row.total(),
                row.change(),
                row.band(),
                criteria.stream()
                        .map(c -> row.card().groups().get(c.code()).orElse(null))
                        .toList(),
                row.weakest(),
                demoUnits.contains(code),
                monthsCovered.get(code));
    }

    /** "Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024", the screen's heading. */
    public String title() {
        return "Xếp hạng các đơn vị thuộc " + scope.name() + " — " + VietnameseText.period(period);
    }

    /** What the ranking is by: the total, or one criterion's points. */
    public String rankedByText() {
        return rankedBy == null
                ? "Xếp hạng theo: tổng điểm"
                : "Xếp hạng theo: điểm nhóm " + rankedBy.code() + " — " + rankedBy.nameVi();
    }

    public boolean hasDemoData() {
        return rows.stream().anyMatch(ComparisonRow::demo);
    }

    public int monthsInPeriod() {
        return period.months().size();
    }
}
