package vn.chiso766.domain.ranking;

import java.math.BigDecimal;

/** A unit's total to rank; the name only orders tied units for display. */
public record RankInput(String unitCode, String unitName, BigDecimal total) {}
