package vn.chiso766.reporting.portal;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;
import vn.chiso766.domain.unit.UnitKind;

/**
 * One unit's record in a portal file, as written. {@code rank} is the portal's position, which breaks ties in a way
 * the portal does not disclose; {@code groupRank} is the position within communes or agencies (none for provinces).
 */
public record PortalUnitScore(
        String departmentCode,
        String departmentName,
        UnitKind kind,
        BigDecimal totalScore,
        GroupScores groupScores,
        int rank,
        @Nullable Integer groupRank) {

    /** The portal's total is kept as the stated total, so a disagreement with the group sum shows up in validation. */
    public ScoreCard toScoreCard(Period period) {
        return new ScoreCard(departmentCode, period, groupScores, OperationalFigures.NONE, totalScore, null);
    }

    public Unit toUnit(@Nullable String parentCode, LocalDate validFrom) {
        return new Unit(departmentCode, departmentName, kind, parentCode, validFrom, null);
    }
}
