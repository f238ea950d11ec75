package vn.chiso766.app.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.MonthlyMean;
import vn.chiso766.domain.score.ScoreCard;

/**
 * The score card of each unit for one period: the stored card when there is one (a month, or an imported year-to-
 * date score), else for a quarter or year the mean of the months reported in it.
 */
record PeriodCards(List<ScoreCard> cards, Map<String, Integer> monthsCovered) {

    static PeriodCards of(Period period, List<ScoreCard> loaded) {
        Map<String, List<ScoreCard>> byUnit = loaded.stream().collect(Collectors.groupingBy(ScoreCard::unitCode));
        List<ScoreCard> cards = new ArrayList<>();
        Map<String, Integer> covered = new HashMap<>();
        byUnit.forEach((unit, unitCards) -> {
            var stored =
                    unitCards.stream().filter(c -> c.period().equals(period)).findFirst();
            if (stored.isPresent()) {
                cards.add(stored.get());
                return;
            }
            List<ScoreCard> months = unitCards.stream()
                    .filter(c -> c.period() instanceof Period.Month m && period.contains(m))
                    .toList();
            if (!months.isEmpty()) {
                cards.add(MonthlyMean.of(unit, period, months));
                covered.put(unit, months.size());
            }
        });
        return new PeriodCards(cards, covered);
    }

    /** The period codes to load: the period itself and, unless it is a month, its months. */
    static List<String> codesToLoad(Period period) {
        List<String> codes = new ArrayList<>();
        codes.add(period.code());
        if (!(period instanceof Period.Month)) {
            period.months().forEach(m -> codes.add(m.code()));
        }
        return codes;
    }
}
