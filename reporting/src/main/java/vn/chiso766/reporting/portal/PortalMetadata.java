package vn.chiso766.reporting.portal;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/**
 * What a file says about itself. {@code period} is the domain period the scores belong to; {@code timeType},
 * {@code periodNumber} and {@code periodLabel} are kept as written because the portal's labels are not always
 * consistent with them (a year file labelled "Year 3/2026", portal-766 README).
 *
 * @param scopeCode the province's code (H21), or none for the national list of provinces
 * @param scopeName the province's name, or "Provinces" for the national list
 * @param runDate the crawler's run date ({@code runDateStr}), not necessarily the Vietnamese date of
 *     {@code extractedAt}
 * @param sourceUrl the API address; the detail files do not give it
 */
public record PortalMetadata(
        @Nullable String scopeCode,
        String scopeName,
        Period period,
        String timeType,
        int year,
        @Nullable Integer periodNumber,
        @Nullable String periodLabel,
        LocalDate runDate,
        Instant extractedAt,
        @Nullable String sourceUrl) {}
