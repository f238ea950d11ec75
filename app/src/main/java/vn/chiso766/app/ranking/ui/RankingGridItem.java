package vn.chiso766.app.ranking.ui;

import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.unit.Unit;

/** A grid line: a ranked unit, or a unit without a report (row null), listed after the ranked ones. */
record RankingGridItem(
        Unit unit,
        @Nullable RankingRow row,
        boolean demo,
        @Nullable Integer monthsCovered) {}
