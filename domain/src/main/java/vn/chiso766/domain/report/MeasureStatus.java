package vn.chiso766.domain.report;

public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED
}
