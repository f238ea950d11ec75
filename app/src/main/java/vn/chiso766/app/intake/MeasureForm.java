package vn.chiso766.app.intake;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.RemediationMeasure;

/** One remediation measure as the entry form edits it. */
public class MeasureForm {

    private String text = "";
    private @Nullable String targetCriterion;
    private @Nullable String responsible;
    private @Nullable LocalDate dueDate;
    private MeasureStatus status = MeasureStatus.PLANNED;

    public static MeasureForm of(RemediationMeasure measure) {
        MeasureForm form = new MeasureForm();
        form.text = measure.text();
        form.targetCriterion = measure.targetCriterion();
        form.responsible = measure.responsible();
        form.dueDate = measure.dueDate();
        form.status = measure.status();
        return form;
    }

    public RemediationMeasure toMeasure() {
        return new RemediationMeasure(
                text.strip(),
                targetCriterion,
                responsible == null || responsible.isBlank() ? null : responsible.strip(),
                dueDate,
                status);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public @Nullable String getTargetCriterion() {
        return targetCriterion;
    }

    public void setTargetCriterion(@Nullable String targetCriterion) {
        this.targetCriterion = targetCriterion;
    }

    public @Nullable String getResponsible() {
        return responsible;
    }

    public void setResponsible(@Nullable String responsible) {
        this.responsible = responsible;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(@Nullable LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public void setStatus(MeasureStatus status) {
        this.status = status;
    }
}
