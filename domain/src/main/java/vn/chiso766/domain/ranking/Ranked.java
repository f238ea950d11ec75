package vn.chiso766.domain.ranking;

import java.math.BigDecimal;

/** A unit's place; tied units share the rank. {@code total} is the rounded total that was compared. */
public record Ranked(String unitCode, String unitName, BigDecimal total, int rank) {}
