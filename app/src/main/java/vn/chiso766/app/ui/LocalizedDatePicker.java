package vn.chiso766.app.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A date picker whose calendar speaks the UI's language (month and weekday names from the JDK's locale data) and
 * reads and writes dates as people in Vietnam do: day/month/year, weeks from Monday.
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker() {
        setClearButtonVisible(true);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        setI18n(i18n(getLocale()));
    }

    private DatePickerI18n i18n(Locale locale) {
        return new DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(1)
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd")
                .setToday(getTranslation("datePicker.today"))
                .setCancel(getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(getTranslation("datePicker.badInput"));
    }

    /** Sunday first, as the web component expects whatever the first day shown. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return List.of(
                        DayOfWeek.SUNDAY,
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY)
                .stream()
                .map(d -> d.getDisplayName(style, locale))
                .toList();
    }
}
