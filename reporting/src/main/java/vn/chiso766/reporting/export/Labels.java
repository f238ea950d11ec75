package vn.chiso766.reporting.export;

import vn.chiso766.domain.score.Band;

/**
 * The fixed Vietnamese wording of the files, the same words as the screen's Vietnamese bundle. Files are in
 * Vietnamese whatever the reader's screen language: they go up and down the administrative hierarchy.
 */
public final class Labels {

    private Labels() {}

    public static final String RANK = "Hạng";
    public static final String MOVEMENT = "Thay đổi";
    public static final String UNIT = "Đơn vị";
    public static final String UNIT_CODE = "Mã đơn vị";
    public static final String TOTAL = "Tổng điểm";
    public static final String CHANGE = "Tăng/giảm";
    public static final String BAND = "Xếp loại";
    public static final String WEAKEST = "Chỉ số yếu nhất";
    public static final String POINTS_LOST = "Điểm bị mất";
    public static final String NO_REPORT = "Chưa có báo cáo";
    public static final String DEMO = "Minh họa";
    public static final String MEAN = "Trung bình toàn địa bàn";

    public static String band(Band band) {
        return switch (band) {
            case EXCELLENT -> "Xuất sắc";
            case GOOD -> "Tốt";
            case FAIR -> "Khá";
            case AVERAGE -> "Trung bình";
            case WEAK -> "Yếu";
        };
    }
}
