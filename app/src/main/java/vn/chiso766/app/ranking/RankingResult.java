package vn.chiso766.app.ranking;

import java.util.Map;
import java.util.Set;
import vn.chiso766.domain.ranking.RankingTable;

/**
 * A ranking with what the screen must say beside it: which units' figures are demonstration data, and for a
 * quarter or year computed from months, how many months each unit's score covers.
 */
public record RankingResult(RankingTable table, Set<String> demoUnits, Map<String, Integer> monthsCovered) {

    public RankingResult {
        demoUnits = Set.copyOf(demoUnits);
        monthsCovered = Map.copyOf(monthsCovered);
    }

    public boolean isDemo(String unitCode) {
        return demoUnits.contains(unitCode);
    }

    public boolean hasDemoData() {
        return !demoUnits.isEmpty();
    }
}
