package vn.chiso766.domain.aggregate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/** Mean, median, minimum and maximum of a set of scores; the mean and median are rounded to two decimals. */
public record Stats(int count, BigDecimal mean, BigDecimal median, BigDecimal min, BigDecimal max) {

    public static Stats of(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No values to aggregate");
        }
        List<BigDecimal> sorted = values.stream().sorted().toList();
        BigDecimal sum = sorted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(sorted.size()), MathContext.DECIMAL64);
        return new Stats(sorted.size(), round(mean), round(median(sorted)), sorted.getFirst(), sorted.getLast());
    }

    private static BigDecimal median(List<BigDecimal> sorted) {
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO, MathContext.DECIMAL64);
    }

    private static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
