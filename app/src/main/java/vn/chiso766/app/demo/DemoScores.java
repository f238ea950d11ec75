package vn.chiso766.app.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/**
 * Invented, deterministic monthly scores for the demonstration district: each ward has its own level per
 * criterion, a slow trend and monthly noise, rounded to one decimal as ward reports are. February 2024 holds a
 * tie between two approved reports (Phường 1 and Phường 3) and a missing report (Xã Thạnh Tân); Ninh Sơn's last two months are the
 * seed's.
 */
final class DemoScores {

    static final Period.Month FIRST = Period.month(2023, 1);
    static final Period.Month LAST = Period.month(2024, 2);

    /** Typical attainment ranges per group, lowest first: online payment and online services lag most. */
    private static final Map<String, double[]> LEVELS = Map.of(
            "CKMB", new double[] {0.82, 0.98},
            "TDGQ", new double[] {0.88, 0.99},
            "ONLINE", new double[] {0.50, 0.90},
            "TTTT", new double[] {0.30, 0.80},
            "MDHL", new double[] {0.90, 1.00},
            "MDSH", new double[] {0.60, 0.92});

    private final CriteriaCatalogue catalogue;

    DemoScores(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<ScoreCard> generate(List<Unit> wards) {
        List<ScoreCard> cards = new ArrayList<>();
        for (int i = 0; i < wards.size(); i++) {
            cards.addAll(forWard(wards.get(i), new Random(766L * 31 + i)));
        }
        return withFebruaryTie(cards);
    }

    private List<ScoreCard> forWard(Unit ward, Random random) {
        Map<String, Double> level = new LinkedHashMap<>();
        Map<String, Double> trend = new LinkedHashMap<>();
        for (Criterion c : catalogue.criteria()) {
            double[] range = LEVELS.get(c.code());
            level.put(c.code(), range[0] + random.nextDouble() * (range[1] - range[0]));
            trend.put(c.code(), (random.nextDouble() - 0.3) * 0.01);
        }
        List<ScoreCard> cards = new ArrayList<>();
        int step = 0;
        for (Period.Month month = FIRST; month.compareTo(LAST) <= 0; month = month.next(), step++) {
            if (isSeeded(ward, month) || isMissing(ward, month)) {
                continue;
            }
            Map<String, BigDecimal> points = new LinkedHashMap<>();
            for (Criterion c : catalogue.criteria()) {
                double attainment = level.get(c.code()) + trend.get(c.code()) * step + random.nextGaussian() * 0.025;
                points.put(c.code(), oneDecimal(c, attainment));
            }
            cards.add(ScoreCard.of(ward.code(), month, new GroupScores(points)));
        }
        return cards;
    }

    private static boolean isSeeded(Unit ward, Period.Month month) {
        return ward.code().equals(SeedReport.UNIT)
                && !month.yearMonth().isBefore(SeedReport.PERIOD.previous().yearMonth());
    }

    private static boolean isMissing(Unit ward, Period.Month month) {
        return ward.code().equals(DemoDistrict.THANH_TAN) && month.equals(LAST);
    }

    private static BigDecimal oneDecimal(Criterion criterion, double attainment) {
        double clamped = Math.max(0.0, Math.min(1.0, attainment));
        return criterion.maxPoints().multiply(BigDecimal.valueOf(clamped)).setScale(1, RoundingMode.HALF_UP);
    }

    /** Moves one of Phường 3's February group scores so that its total equals Phường 1's. */
    private List<ScoreCard> withFebruaryTie(List<ScoreCard> cards) {
        ScoreCard target = find(cards, DemoDistrict.PHUONG_1);
        ScoreCard adjusted = find(cards, DemoDistrict.PHUONG_3);
        BigDecimal gap = target.total().subtract(adjusted.total());
        Map<String, BigDecimal> points = new LinkedHashMap<>(adjusted.groups().points());
        String group = adjustableGroup(points, gap);
        points.put(group, points.get(group).add(gap));
        List<ScoreCard> result = new ArrayList<>(cards);
        result.set(cards.indexOf(adjusted), ScoreCard.of(adjusted.unitCode(), LAST, new GroupScores(points)));
        return result;
    }

    private String adjustableGroup(Map<String, BigDecimal> points, BigDecimal gap) {
        return catalogue.criteria().stream()
                .filter(c -> {
                    BigDecimal moved = points.get(c.code()).add(gap);
                    return moved.signum() >= 0 && moved.compareTo(c.maxPoints()) <= 0;
                })
                .map(Criterion::code)
                .reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("No group can absorb a gap of " + gap));
    }

    private static ScoreCard find(List<ScoreCard> cards, String unit) {
        return cards.stream()
                .filter(c -> c.unitCode().equals(unit) && c.period().equals(LAST))
                .findFirst()
                .orElseThrow();
    }
}
