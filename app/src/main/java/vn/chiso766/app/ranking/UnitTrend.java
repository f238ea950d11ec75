package vn.chiso766.app.ranking;

import java.util.List;
import vn.chiso766.domain.unit.Unit;

/** A unit's totals and ranks among its parent's children over consecutive months, oldest first. */
public record UnitTrend(Unit unit, Unit scope, List<TrendPoint> points) {}
