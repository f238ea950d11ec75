package vn.chiso766.domain.ranking;

import org.jspecify.annotations.Nullable;

/** Places gained (positive) or lost (negative) against the previous period of the same kind. */
public final class Movement {

    private Movement() {}

    public static @Nullable Integer places(@Nullable Integer previousRank, int currentRank) {
        return previousRank == null ? null : previousRank - currentRank;
    }
}
