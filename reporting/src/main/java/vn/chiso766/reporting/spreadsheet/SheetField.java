package vn.chiso766.reporting.spreadsheet;

import java.util.List;

/**
 * The columns of a score spreadsheet besides the six groups: the unit, the period, the stated total and the
 * operational figures of a ward's report (DOMAIN.md, "Who reports what", part 4). Each has the header the
 * template writes and the other headers it is known by.
 */
public enum SheetField {
    UNIT_CODE(Kind.TEXT, "Mã đơn vị", "mã", "mã đv", "unit code", "code", "department code"),
    UNIT_NAME(Kind.TEXT, "Tên đơn vị", "đơn vị", "unit name", "unit", "name", "department name"),
    PERIOD(Kind.TEXT, "Kỳ", "kỳ báo cáo", "kỳ đánh giá", "tháng", "period", "month"),
    STATED_TOTAL(Kind.SCORE, "Tổng điểm", "tổng", "điểm", "total", "total score"),
    DOSSIERS(Kind.COUNT, "Số hồ sơ trong kỳ", "số hồ sơ", "số hồ sơ trong tháng", "tổng số hồ sơ", "dossiers"),
    OVERDUE_ON_PORTAL(
            Kind.COUNT,
            "Hồ sơ quá hạn trên Cổng DVCQG",
            "quá hạn trên cổng",
            "hồ sơ quá hạn trên cổng dịch vụ công quốc gia",
            "overdue on portal"),
    OVERDUE_ON_ONE_STOP(Kind.COUNT, "Hồ sơ quá hạn trên hệ thống MCĐT", "quá hạn trên mcđt", "overdue on one stop"),
    ONLINE_SUBMISSION_RATE(
            Kind.RATE, "Tỷ lệ nộp trực tuyến (%)", "tỷ lệ hồ sơ nộp trực tuyến", "online submission rate"),
    SATISFACTION_RATE(Kind.RATE, "Tỷ lệ hài lòng (%)", "tỷ lệ hài lòng", "satisfaction rate"),
    ELECTRONIC_RESULT_RATE(
            Kind.RATE, "Tỷ lệ hồ sơ có kết quả điện tử (%)", "tỷ lệ kết quả điện tử", "electronic result rate"),
    SYNCHRONISED_RATE(
            Kind.RATE,
            "Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG (%)",
            "tỷ lệ đồng bộ",
            "synchronised rate",
            "synchronized rate"),
    ELECTRONIC_CERTIFIED_COPIES(
            Kind.COUNT, "Số bản sao chứng thực điện tử", "chứng thực điện tử", "electronic certified copies"),
    ONLINE_PAYMENTS(Kind.COUNT, "Số hồ sơ thanh toán trực tuyến", "thanh toán trực tuyến số hồ sơ", "online payments");

    /** What a cell of the column holds, which decides how it is read and checked. */
    enum Kind {
        TEXT,
        SCORE,
        COUNT,
        RATE
    }

    private final Kind kind;
    private final String templateHeader;
    private final List<String> aliases;

    SheetField(Kind kind, String templateHeader, String... aliases) {
        this.kind = kind;
        this.templateHeader = templateHeader;
        this.aliases = List.of(aliases);
    }

    Kind kind() {
        return kind;
    }

    public String templateHeader() {
        return templateHeader;
    }

    /** Every header key that names this column, including its own name as code (dossiers, onlinePayments). */
    List<String> keys() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(HeaderKey.of(templateHeader).outside());
        aliases.forEach(a -> keys.add(HeaderKey.normalize(a)));
        keys.add(HeaderKey.normalize(name()));
        return keys;
    }
}
