package vn.chiso766.app.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Dates as both languages write them here: 01/07/2025 (Vietnamese documents and British English agree). */
public final class DateFormat {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DateFormat() {}

    public static String format(@Nullable LocalDate date, Locale locale) {
        return date == null ? "" : DAY_MONTH_YEAR.withLocale(locale).format(date);
    }
}
