package vn.chiso766.domain.overview;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.unit.Unit;

/** A unit that rose or fell: places gained (negative when lost) and the change of its total. */
public record Mover(Unit unit, @Nullable Integer places, BigDecimal points) {}
