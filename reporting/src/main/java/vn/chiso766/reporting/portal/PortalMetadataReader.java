package vn.chiso766.reporting.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Reads the {@code metadata} object; province files name their province, the national file only its scope. */
final class PortalMetadataReader {

    private static final DateTimeFormatter RUN_DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);

    private PortalMetadataReader() {}

    static PortalMetadata read(LocatedNode metadata, PortalShape shape) {
        metadata.requireObject();
        return new PortalMetadata(
                shape.isNational() ? null : metadata.field("provinceCode").text(),
                metadata.field(shape.isNational() ? "scope" : "province").text(),
                PortalPeriods.resolve(metadata),
                metadata.field("timeType").text(),
                metadata.field("year").integer(),
                metadata.field("period").optionalInteger(),
                metadata.field("periodLabel").optionalText(),
                runDate(metadata.field("runDateStr")),
                extractedAt(metadata.field("extractedAt")),
                metadata.field("sourceUrl").optionalText());
    }

    private static LocalDate runDate(LocatedNode node) {
        String text = node.text();
        try {
            return LocalDate.parse(text, RUN_DATE);
        } catch (DateTimeParseException e) {
            throw node.problem("a date written DDMMYYYY such as 10102026");
        }
    }

    private static Instant extractedAt(LocatedNode node) {
        String text = node.text();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw node.problem("an instant such as 2026-10-10T07:00:13Z");
        }
    }
}
