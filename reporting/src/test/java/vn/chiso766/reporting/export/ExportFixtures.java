package vn.chiso766.reporting.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.ranking.RankingTable;
import vn.chiso766.domain.ranking.RankingTableBuilder;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;
import vn.chiso766.reporting.export.table.ComparisonTable;

/** Rankings made up for the export tests: a small district with tricky names, or thousands of communes. */
public final class ExportFixtures {

    public static final Period.Month FEBRUARY = Period.month(2024, 2);
    public static final CriteriaCatalogue CATALOGUE = CriteriaCatalogue.decision766();
    public static final LocalDate START = LocalDate.of(2000, 1, 1);
    public static final Unit DISTRICT =
            new Unit("TNI.TPTN", "Thành phố Tây Ninh", UnitKind.DISTRICT, "TNI", START, null);

    /** Names with every kind of diacritic, and names a spreadsheet would take for formulas. */
    public static final List<String> NAMES = List.of(
            "Phường Hiệp Ninh",
            "Xã Thạnh Tân",
            "Phường Ninh Thạnh",
            "Phường Ninh Sơn",
            "Xã Tân Bình, Ấp Đông",
            "=HYPERLINK(\"http://example.invalid\",\"bấm\")",
            "+Xã Cộng",
            "-Xã Trừ",
            "@Xã A Còng",
            "Xã \"Ngoặc\" Kép",
            "Phường Ỷ Lan Ữ Ỡ Ự Ỳ Ỵ Ỹ Ẩ Ẫ Ậ Ể Ễ Ệ Ổ Ỗ Ộ Ở Ỡ Ợ");

    private ExportFixtures() {}

    public static Unit unit(int index, String name) {
        UnitKind kind = name.startsWith("Phường") ? UnitKind.WARD : UnitKind.COMMUNE;
        return new Unit(DISTRICT.code() + ".U" + index, name, kind, DISTRICT.code(), START, null);
    }

    /** The tricky names, all reported except the last, which has no report. */
    public static ComparisonTable district() {
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            units.add(unit(i, NAMES.get(i)));
        }
        Unit silent = unit(99, "Phường Không Báo Cáo");
        units.add(silent);
        Random random = new Random(7);
        List<ScoreCard> current = cards(units.subList(0, units.size() - 1), FEBRUARY, random);
        List<ScoreCard> previous = cards(units.subList(0, units.size() - 3), FEBRUARY.previous(), random);
        RankingTable table = new RankingTableBuilder(CATALOGUE, BandThresholds.DEFAULT)
                .build(DISTRICT, FEBRUARY, units, current, previous);
        return ComparisonTable.of(table, null, Set.of(units.getFirst().code()), Map.of(), BandThresholds.DEFAULT);
    }

    /** A province-sized ranking: {@code count} communes with random scores. */
    public static RankingTable synthetic(int count, long seed) {
        Unit province = new Unit("P", "Tỉnh Thử Nghiệm", UnitKind.PROVINCE, null, START, null);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(new Unit("P.X" + i, "Xã Thử Nghiệm Số " + i, UnitKind.COMMUNE, "P", START, null));
        }
        Random random = new Random(seed);
        return new RankingTableBuilder(CATALOGUE, BandThresholds.DEFAULT)
                .build(
                        province,
                        FEBRUARY,
                        units,
                        cards(units.subList(0, count - count / 100), FEBRUARY, random),
                        cards(units.subList(0, count - count / 50), FEBRUARY.previous(), random));
    }

    public static ComparisonTable comparison(RankingTable table) {
        return ComparisonTable.of(table, null, Set.of(), Map.of(), BandThresholds.DEFAULT);
    }

    private static List<ScoreCard> cards(List<Unit> units, Period.Month month, Random random) {
        List<ScoreCard> cards = new ArrayList<>();
        for (Unit unit : units) {
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (Criterion criterion : CATALOGUE.criteria()) {
                double share = 0.35 + random.nextDouble() * 0.65;
                points.put(
                        criterion.code(),
                        criterion
                                .maxPoints()
                                .multiply(BigDecimal.valueOf(share))
                                .setScale(2, RoundingMode.HALF_UP));
            }
            cards.add(ScoreCard.of(unit.code(), month, new GroupScores(points)));
        }
        return cards;
    }
}
