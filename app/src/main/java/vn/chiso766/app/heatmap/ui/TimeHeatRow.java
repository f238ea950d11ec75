package vn.chiso766.app.heatmap.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.ranking.RankingRow;
import vn.chiso766.domain.unit.Unit;

/** A unit's ranking rows over the months shown, null where it did not report. */
record TimeHeatRow(Unit unit, List<@Nullable RankingRow> months) {}
