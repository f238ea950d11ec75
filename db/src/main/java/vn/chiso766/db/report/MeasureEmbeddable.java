package vn.chiso766.db.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.RemediationMeasure;

@Embeddable
public class MeasureEmbeddable {

    @Column(nullable = false, length = 4000)
    private String text;

    @Column(name = "target_criterion", length = 16)
    private @Nullable String targetCriterion;

    private @Nullable String responsible;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private MeasureStatus status;

    protected MeasureEmbeddable() {}

    MeasureEmbeddable(RemediationMeasure measure) {
        text = measure.text();
        targetCriterion = measure.targetCriterion();
        responsible = measure.responsible();
        dueDate = measure.dueDate();
        status = measure.status();
    }

    RemediationMeasure toDomain() {
        return new RemediationMeasure(text, targetCriterion, responsible, dueDate, status);
    }
}
