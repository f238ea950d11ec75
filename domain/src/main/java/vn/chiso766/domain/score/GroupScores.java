package vn.chiso766.domain.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Points per criterion code, two decimals as on the portal, in the order given. */
public record GroupScores(Map<String, BigDecimal> points) {

    public static final int SCALE = 2;

    public GroupScores {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        points.forEach((code, value) -> copy.put(code, value.setScale(SCALE, RoundingMode.HALF_UP)));
        points = Collections.unmodifiableMap(copy);
    }

    public static GroupScores of(Object... codesAndPoints) {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndPoints.length; i += 2) {
            map.put((String) codesAndPoints[i], new BigDecimal(codesAndPoints[i + 1].toString()));
        }
        return new GroupScores(map);
    }

    public Optional<BigDecimal> get(String code) {
        return Optional.ofNullable(points.get(code));
    }

    /** Total = sum of the group scores (Decision 766: six groups, 100 points in all). */
    public BigDecimal total() {
        return points.values().stream().reduce(BigDecimal.ZERO.setScale(SCALE), BigDecimal::add);
    }
}
