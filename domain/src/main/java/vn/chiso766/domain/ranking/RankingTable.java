package vn.chiso766.domain.ranking;

import java.util.List;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.unit.Unit;

/** The children of a scope for a period: the ranked ones in rank order, then those without a report. */
public record RankingTable(
        Unit scope, Period period, CriteriaCatalogue catalogue, List<RankingRow> rows, List<Unit> missing) {

    public RankingTable {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }
}
