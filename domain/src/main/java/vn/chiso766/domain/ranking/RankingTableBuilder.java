package vn.chiso766.domain.ranking;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.BandThresholds;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.score.WeakestCriterion;
import vn.chiso766.domain.unit.Unit;

/**
 * Builds the ranking of a scope's children for a period: competition rank, movement and change against the
 * previous period of the same kind (ranked among the same children), band and weakest criterion. Children
 * without a score card are listed as missing, not ranked.
 */
public final class RankingTableBuilder {

    private final CriteriaCatalogue catalogue;
    private final BandThresholds thresholds;
    private final Function<ScoreCard, BigDecimal> key;

    public RankingTableBuilder(CriteriaCatalogue catalogue, BandThresholds thresholds) {
        this(catalogue, thresholds, null);
    }

    /**
     * Ranks by one criterion's points instead of the total when {@code criterionCode} is given (units without that
     * group count as 0); every other figure of the rows stays the unit's own.
     */
    public RankingTableBuilder(CriteriaCatalogue catalogue, BandThresholds thresholds, @Nullable String criterionCode) {
        this.catalogue = catalogue;
        this.thresholds = thresholds;
        this.key = criterionCode == null
                ? ScoreCard::total
                : card -> card.groups().get(catalogue.get(criterionCode).code()).orElse(BigDecimal.ZERO);
    }

    public RankingTable build(
            Unit scope, Period period, List<Unit> children, List<ScoreCard> current, List<ScoreCard> previous) {
        Map<String, Unit> units = children.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        Map<String, ScoreCard> currentByUnit = byUnit(current, units);
        Map<String, ScoreCard> previousByUnit = byUnit(previous, units);
        Map<String, Integer> previousRanks = ranks(previousByUnit, units);
        List<RankingRow> rows = CompetitionRanking.rank(inputs(currentByUnit, units)).stream()
                .map(r -> row(r, units.get(r.unitCode()), currentByUnit, previousByUnit, previousRanks))
                .toList();
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<Unit> missing = children.stream()
                .filter(u -> !currentByUnit.containsKey(u.code()))
                .sorted(Comparator.comparing(Unit::name, collator))
                .toList();
        return new RankingTable(scope, period, catalogue, rows, missing);
    }

    private RankingRow row(
            Ranked ranked,
            Unit unit,
            Map<String, ScoreCard> current,
            Map<String, ScoreCard> previous,
            Map<String, Integer> previousRanks) {
        ScoreCard card = current.get(unit.code());
        ScoreCard before = previous.get(unit.code());
        BigDecimal change = before == null ? null : card.total().subtract(before.total());
        return new RankingRow(
                unit,
                ranked.rank(),
                Movement.places(previousRanks.get(unit.code()), ranked.rank()),
                card.total(),
                change,
                thresholds.classify(card.total()),
                card,
                WeakestCriterion.of(card.groups(), catalogue).orElse(null));
    }

    private static Map<String, ScoreCard> byUnit(List<ScoreCard> cards, Map<String, Unit> units) {
        Map<String, ScoreCard> map = new HashMap<>();
        cards.stream().filter(c -> units.containsKey(c.unitCode())).forEach(c -> map.put(c.unitCode(), c));
        return map;
    }

    private Map<String, Integer> ranks(Map<String, ScoreCard> cards, Map<String, Unit> units) {
        return CompetitionRanking.rank(inputs(cards, units)).stream()
                .collect(Collectors.toMap(Ranked::unitCode, Ranked::rank));
    }

    private List<RankInput> inputs(Map<String, ScoreCard> cards, Map<String, Unit> units) {
        return cards.values().stream()
                .map(c -> new RankInput(c.unitCode(), units.get(c.unitCode()).name(), key.apply(c)))
                .toList();
    }
}
