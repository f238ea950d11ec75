package vn.chiso766.app.i18n;

import java.time.ZoneId;

/**
 * The time zone of every date people see or type, whatever the server's own zone: all users work in Vietnam,
 * which has one zone and no daylight saving time.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamTime() {}
}
