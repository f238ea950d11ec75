package vn.chiso766.domain.aggregate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;
import vn.chiso766.domain.score.ScoreCard;

/** Aggregates over the children of one parent for one period: per criterion group and for the total. */
public record ScopeAggregates(Map<String, Stats> perGroup, Stats total) {

    public static Optional<ScopeAggregates> of(Collection<ScoreCard> cards, CriteriaCatalogue catalogue) {
        if (cards.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Stats> perGroup = new LinkedHashMap<>();
        for (Criterion criterion : catalogue.criteria()) {
            List<java.math.BigDecimal> values = cards.stream()
                    .flatMap(c -> c.groups().get(criterion.code()).stream())
                    .toList();
            if (!values.isEmpty()) {
                perGroup.put(criterion.code(), Stats.of(values));
            }
        }
        Stats total = Stats.of(cards.stream().map(ScoreCard::total).toList());
        return Optional.of(new ScopeAggregates(perGroup, total));
    }
}
