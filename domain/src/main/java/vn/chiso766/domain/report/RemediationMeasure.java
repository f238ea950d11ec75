package vn.chiso766.domain.report;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One "Biện pháp khắc phục" bullet, with the criterion it aims to raise so that its effect can be followed. */
public record RemediationMeasure(
        String text,
        @Nullable String targetCriterion,
        @Nullable String responsible,
        @Nullable LocalDate dueDate,
        MeasureStatus status) {}
