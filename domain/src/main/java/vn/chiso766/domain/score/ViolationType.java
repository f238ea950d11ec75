package vn.chiso766.domain.score;

public enum ViolationType {
    GROUP_MISSING,
    GROUP_UNKNOWN,
    GROUP_OUT_OF_RANGE,
    TOTAL_MISMATCH,
    CHANGE_MISMATCH,
    NAMED_LOWEST_NOT_WEAKEST
}
