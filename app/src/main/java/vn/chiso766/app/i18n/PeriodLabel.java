package vn.chiso766.app.i18n;

import java.util.function.BiFunction;
import vn.chiso766.domain.period.Period;

/** "Tháng 02/2024", "Quý I/2024", "Năm 2024" from the translation bundle. */
public final class PeriodLabel {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private PeriodLabel() {}

    public static String of(Period period, BiFunction<String, Object[], String> translate) {
        String year = Integer.toString(period.year());
        return switch (period) {
            case Period.Month m ->
                translate.apply(
                        "period.MONTH",
                        new Object[] {String.format("%02d", m.yearMonth().getMonthValue()), year});
            case Period.Quarter q ->
                translate.apply(
                        "period.QUARTER", new Object[] {ROMAN[q.quarter() - 1], year, Integer.toString(q.quarter())});
            case Period.Year y -> translate.apply("period.YEAR", new Object[] {"", year});
        };
    }
}
