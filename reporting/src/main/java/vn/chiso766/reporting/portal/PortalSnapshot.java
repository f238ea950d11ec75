package vn.chiso766.reporting.portal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.score.ScoreCard;
import vn.chiso766.domain.unit.Unit;

/** One portal file: its metadata and its units in file order. */
public record PortalSnapshot(PortalMetadata metadata, PortalShape shape, List<PortalUnitScore> units) {

    public PortalSnapshot {
        units = List.copyOf(units);
    }

    public List<ScoreCard> toScoreCards() {
        return units.stream().map(u -> u.toScoreCard(metadata.period())).toList();
    }

    /**
     * The units as members of the unit tree. The portal gives no validity dates, so the caller says from when they
     * count (for Gia Lai's communes, the 1 July 2025 reorganisation).
     */
    public List<Unit> toUnits(@Nullable String parentCode, LocalDate validFrom) {
        return units.stream().map(u -> u.toUnit(parentCode, validFrom)).toList();
    }
}
