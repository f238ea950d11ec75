package vn.chiso766.db.score;

import java.math.BigDecimal;

/** A child's stored total for one period. */
public record TotalRow(String unitCode, String period, BigDecimal total) {}
