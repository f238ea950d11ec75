package vn.chiso766.app.importing;

import vn.chiso766.domain.period.Period;

/** A ranking that an import touched: the parent of imported units and the period of their scores. */
public record AffectedRanking(String scopeCode, String scopeName, Period period) {}
