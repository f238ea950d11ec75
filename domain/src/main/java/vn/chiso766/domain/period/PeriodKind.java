package vn.chiso766.domain.period;

public enum PeriodKind {
    MONTH,
    QUARTER,
    YEAR
}
