package vn.chiso766.domain.score;

/** Xếp loại: Xuất sắc, Tốt, Khá, Trung bình, Yếu (DOMAIN.md "Bands"). */
public enum Band {
    EXCELLENT,
    GOOD,
    FAIR,
    AVERAGE,
    WEAK
}
