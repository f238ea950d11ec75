package vn.chiso766.reporting.portal;

import java.util.Locale;
import vn.chiso766.domain.period.Period;

/** Turns the portal's {@code timeType}, {@code year} and {@code period} into a domain period. */
final class PortalPeriods {

    private PortalPeriods() {}

    static Period resolve(LocatedNode metadata) {
        int year = year(metadata.field("year"));
        LocatedNode timeType = metadata.field("timeType");
        return switch (timeType.text().strip().toLowerCase(Locale.ROOT)) {
            // A year file may still carry a period number ("Year 3/2026"); its values are year-to-date, so it is
            // ignored.
            case "year" -> new Period.Year(year);
            case "quarter" -> new Period.Quarter(year, number(metadata.field("period"), 4, "quarter"));
            case "month" -> Period.month(year, number(metadata.field("period"), 12, "month"));
            default -> throw timeType.problem("\"year\", \"quarter\" or \"month\"");
        };
    }

    private static int year(LocatedNode node) {
        int year = node.integer();
        if (year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
            throw node.problem("a year from " + Period.MIN_YEAR + " to " + Period.MAX_YEAR);
        }
        return year;
    }

    private static int number(LocatedNode node, int last, String what) {
        String expected = "a " + what + " number from 1 to " + last;
        if (node.isAbsentOrNull()) {
            throw node.problem(expected);
        }
        int number = node.integer();
        if (number < 1 || number > last) {
            throw node.problem(expected);
        }
        return number;
    }
}
