package vn.chiso766.app.audit.state;

import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.app.audit.AuditedState;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/** A unit's score card for a period as the audit trail records it, with where its figures came from. */
public record ScoreCardState(
        String unitCode,
        String period,
        Map<String, BigDecimal> groups,
        BigDecimal total,
        @Nullable BigDecimal statedTotal,
        @Nullable BigDecimal statedChange,
        OperationalFigures figures,
        String source)
        implements AuditedState {

    public static final String TYPE = "scoreCard";

    public static ScoreCardState of(ScoreCard card, String source) {
        return new ScoreCardState(
                card.unitCode(),
                card.period().code(),
                card.groups().points(),
                card.total(),
                card.statedTotal(),
                card.statedChange(),
                card.figures(),
                source);
    }

    @Override
    public String entityType() {
        return TYPE;
    }

    /** One card per unit and period. */
    @Override
    public String entityKey() {
        return unitCode + "/" + period;
    }
}
