package vn.chiso766.domain.criteria;

import java.math.BigDecimal;
import java.util.Locale;

/** One criterion group of the index, with the maximum points it can earn. */
public record Criterion(String code, String nameVi, String nameEn, BigDecimal maxPoints) {

    public Criterion {
        // Two decimals like every score, so that a catalogue read from the database equals the built-in one.
        maxPoints = maxPoints.setScale(2, java.math.RoundingMode.UNNECESSARY);
        if (maxPoints.signum() <= 0) {
            throw new IllegalArgumentException("Maximum points of " + code + " must be positive");
        }
    }

    public String name(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? nameVi : nameEn;
    }
}
