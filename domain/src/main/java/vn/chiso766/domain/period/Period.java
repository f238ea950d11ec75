package vn.chiso766.domain.period;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A reporting period: a month ({@code 2024-02}), a quarter ({@code 2024-Q1}) or a year ({@code 2024}). The
 * text form is the canonical code used in URLs, the database and the API.
 */
public sealed interface Period extends Comparable<Period> permits Period.Month, Period.Quarter, Period.Year {

    Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    Pattern YEAR = Pattern.compile("(\\d{4})");
    int MIN_YEAR = 2000;
    int MAX_YEAR = 2100;

    PeriodKind kind();

    int year();

    String code();

    /** The previous period of the same kind, against which movement and change are computed. */
    Period previous();

    Period next();

    List<Month> months();

    default boolean contains(Month month) {
        return months().contains(month);
    }

    @Override
    default int compareTo(Period other) {
        int byStart = months().getFirst()
                .yearMonth()
                .compareTo(other.months().getFirst().yearMonth());
        return byStart != 0 ? byStart : kind().compareTo(other.kind());
    }

    static Period parse(String text) {
        String trimmed = text.strip();
        Matcher month = MONTH.matcher(trimmed);
        if (month.matches()) {
            int monthValue = Integer.parseInt(month.group(2));
            if (monthValue < 1 || monthValue > 12) {
                throw new InvalidPeriodException(text);
            }
            return new Month(YearMonth.of(checkedYear(month.group(1), text), monthValue));
        }
        Matcher quarter = QUARTER.matcher(trimmed);
        if (quarter.matches()) {
            return new Quarter(checkedYear(quarter.group(1), text), Integer.parseInt(quarter.group(2)));
        }
        Matcher year = YEAR.matcher(trimmed);
        if (year.matches()) {
            return new Year(checkedYear(year.group(1), text));
        }
        throw new InvalidPeriodException(text);
    }

    static Month month(int year, int month) {
        return new Month(YearMonth.of(year, month));
    }

    private static int checkedYear(String digits, String text) {
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidPeriodException(text);
        }
        return year;
    }

    record Month(YearMonth yearMonth) implements Period {
        @Override
        public PeriodKind kind() {
            return PeriodKind.MONTH;
        }

        @Override
        public int year() {
            return yearMonth.getYear();
        }

        @Override
        public String code() {
            return yearMonth.toString();
        }

        @Override
        public Month previous() {
            return new Month(yearMonth.minusMonths(1));
        }

        @Override
        public Month next() {
            return new Month(yearMonth.plusMonths(1));
        }

        @Override
        public List<Month> months() {
            return List.of(this);
        }

        public Quarter quarter() {
            return new Quarter(year(), (yearMonth.getMonthValue() - 1) / 3 + 1);
        }

        @Override
        public String toString() {
            return code();
        }
    }

    record Quarter(int year, int quarter) implements Period {
        public Quarter {
            if (quarter < 1 || quarter > 4) {
                throw new InvalidPeriodException(year + "-Q" + quarter);
            }
        }

        @Override
        public PeriodKind kind() {
            return PeriodKind.QUARTER;
        }

        @Override
        public String code() {
            return year + "-Q" + quarter;
        }

        @Override
        public Quarter previous() {
            return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
        }

        @Override
        public Quarter next() {
            return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
        }

        @Override
        public List<Month> months() {
            int first = (quarter - 1) * 3 + 1;
            return IntStream.range(first, first + 3)
                    .mapToObj(m -> Period.month(year, m))
                    .toList();
        }

        @Override
        public String toString() {
            return code();
        }
    }

    record Year(int year) implements Period {
        @Override
        public PeriodKind kind() {
            return PeriodKind.YEAR;
        }

        @Override
        public String code() {
            return Integer.toString(year);
        }

        @Override
        public Year previous() {
            return new Year(year - 1);
        }

        @Override
        public Year next() {
            return new Year(year + 1);
        }

        @Override
        public List<Month> months() {
            return IntStream.rangeClosed(1, 12)
                    .mapToObj(m -> Period.month(year, m))
                    .toList();
        }

        @Override
        public String toString() {
            return code();
        }
    }
}
