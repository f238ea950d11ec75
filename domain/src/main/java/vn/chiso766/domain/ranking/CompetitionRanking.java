package vn.chiso766.domain.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Standard competition ranking ("1224") on totals rounded to two decimals: tied units share a rank and the next
 * rank skips the places they take. The portal's own tie-break is hidden, so ties are shown, not broken
 * (DOMAIN.md "Ranking").
 */
public final class CompetitionRanking {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private CompetitionRanking() {}

    public static List<Ranked> rank(List<RankInput> inputs) {
        Collator collator = Collator.getInstance(VIETNAMESE);
        // Rounded once per unit, not once per comparison: thousands of units are sorted on every ranking.
        List<Ranked> sorted = inputs.stream()
                .map(i -> new Ranked(i.unitCode(), i.unitName(), rounded(i.total()), 0))
                .sorted(Comparator.comparing(Ranked::total).reversed().thenComparing(Ranked::unitName, collator))
                .toList();
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        int rank = 0;
        BigDecimal previous = null;
        for (int position = 1; position <= sorted.size(); position++) {
            Ranked unit = sorted.get(position - 1);
            if (previous == null || unit.total().compareTo(previous) != 0) {
                rank = position;
                previous = unit.total();
            }
            ranked.add(new Ranked(unit.unitCode(), unit.unitName(), unit.total(), rank));
        }
        return ranked;
    }

    static BigDecimal rounded(BigDecimal total) {
        return total.setScale(2, RoundingMode.HALF_UP);
    }
}
