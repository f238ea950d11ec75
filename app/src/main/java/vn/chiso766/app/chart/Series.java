package vn.chiso766.app.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named row of values, one per category; {@code null} where a value is missing. */
public record Series(String name, List<@Nullable BigDecimal> values) {

    public Series {
        // List.copyOf refuses nulls, and a missing value is a legitimate entry here.
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    public static Series of(String name, @Nullable Number... values) {
        return new Series(name, Arrays.stream(values).map(Series::toDecimal).toList());
    }

    static @Nullable BigDecimal toDecimal(@Nullable Number number) {
        if (number == null || number instanceof BigDecimal) {
            return (BigDecimal) number;
        }
        return new BigDecimal(number.toString());
    }

    void requireSize(int size, String what) {
        if (values.size() != size) {
            throw new IllegalArgumentException(
                    "Series \"" + name + "\" has " + values.size() + " values for " + size + " " + what);
        }
    }
}
