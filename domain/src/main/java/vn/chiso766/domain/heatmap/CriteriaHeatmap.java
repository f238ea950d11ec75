package vn.chiso766.domain.heatmap;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.score.WeakestCriterion;

/**
 * Units × criteria by attainment, in ranking order, with each unit's weakest cell marked and the scope's mean
 * attainment per criterion (DOMAIN.md "Weakest criterion": attainment, because the maxima differ).
 */
public record CriteriaHeatmap(RankingTable ranking, List<HeatRow> rows, Map<String, BigDecimal> meanAttainment) {

    public static CriteriaHeatmap of(RankingTable ranking) {
        List<HeatRow> rows = new ArrayList<>();
        for (RankingRow row : ranking.rows()) {
            String weakest =
                    row.weakest() == null ? null : row.weakest().criterion().code();
            List<HeatCell> cells = WeakestCriterion.weaknesses(row.card().groups(), ranking.catalogue()).stream()
                    .map(w -> new HeatCell(w, w.criterion().code().equals(weakest)))
                    .toList();
            rows.add(new HeatRow(row.unit(), cells));
        }
        return new CriteriaHeatmap(
                ranking, rows, means(rows, ranking.catalogue().criteria()));
    }

    /** Cells are in catalogue order in every row, so the criterion's column is its index. */
    private static Map<String, BigDecimal> means(List<HeatRow> rows, List<Criterion> criteria) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (int index = 0; index < criteria.size(); index++) {
            Criterion criterion = criteria.get(index);
            BigDecimal sum = BigDecimal.ZERO;
            int count = 0;
            for (HeatRow row : rows) {
                if (index < row.cells().size() && row.cells().get(index).value().criterion() == criterion) {
                    sum = sum.add(row.cells().get(index).attainment());
                    count++;
                } else {
                    for (HeatCell cell : row.cells()) {
                        if (cell.value().criterion().code().equals(criterion.code())) {
                            sum = sum.add(cell.attainment());
                            count++;
                        }
                    }
                }
            }
            if (count > 0) {
                means.put(
                        criterion.code(),
                        sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL64)
                                .setScale(4, RoundingMode.HALF_UP));
            }
        }
        return means;
    }

    /** The criterion with the lowest mean attainment across the scope; ties go to catalogue order. */
    public String weakestAcrossScope() {
        return meanAttainment.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow(() -> new IllegalStateException("No unit reported"));
    }
}
