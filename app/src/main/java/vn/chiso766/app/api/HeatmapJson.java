package vn.chiso766.app.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.heatmap.CriteriaHeatmap;
import vn.chiso766.domain.heatmap.HeatCell;

/** GET /api/v1/heatmap: units × criteria with attainment (0…1), points and points lost, weakest cells marked. */
public record HeatmapJson(
        String scope,
        String period,
        List<CriterionJson> criteria,
        List<Row> rows,
        Map<String, BigDecimal> meanAttainment,
        String weakestAcrossScope,
        List<String> missing) {

    public record CriterionJson(String code, String nameVi, String nameEn, BigDecimal maxPoints) {}

    public record Row(String unitCode, String unitName, List<Cell> cells) {}

    public record Cell(String code, BigDecimal points, BigDecimal attainment, BigDecimal pointsLost, boolean weakest) {}

    static HeatmapJson of(CriteriaHeatmap heatmap) {
        return new HeatmapJson(
                heatmap.ranking().scope().code(),
                heatmap.ranking().period().code(),
                heatmap.ranking().catalogue().criteria().stream()
                        .map(HeatmapJson::criterion)
                        .toList(),
                heatmap.rows().stream()
                        .map(r -> new Row(
                                r.unit().code(),
                                r.unit().name(),
                                r.cells().stream().map(HeatmapJson::cell).toList()))
                        .toList(),
                heatmap.meanAttainment(),
                heatmap.rows().isEmpty() ? "" : heatmap.weakestAcrossScope(),
                heatmap.ranking().missing().stream().map(u -> u.code()).toList());
    }

    private static CriterionJson criterion(Criterion c) {
        return new CriterionJson(c.code(), c.nameVi(), c.nameEn(), c.maxPoints());
    }

    private static Cell cell(HeatCell c) {
        return new Cell(
                c.value().criterion().code(),
                c.value().points(),
                c.attainment().setScale(4, java.math.RoundingMode.HALF_UP),
                c.pointsLost(),
                c.weakest());
    }
}
