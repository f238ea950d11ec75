package vn.chiso766.reporting.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.domain.criteria.CriteriaCatalogue;

/**
 * Reads one evaluation file of the national portal (dichvucong.gov.vn, as saved by Crawler-766): Gia Lai communes,
 * agencies and commune details, and the national list of provinces. Input is taken as it is; anything that does not
 * fit is refused with a {@link PortalFormatException}, never repaired.
 */
public final class PortalEvaluationReader {

    // Exact decimals: a score such as 68.80 must not pass through a double. Duplicate keys would hide one value.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final CriteriaCatalogue catalogue;

    public PortalEvaluationReader() {
        this(CriteriaCatalogue.decision766());
    }

    public PortalEvaluationReader(CriteriaCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public PortalSnapshot read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** @param fileName names the source in messages only */
    public PortalSnapshot read(InputStream in, String fileName) {
        LocatedNode root = LocatedNode.root(fileName, parse(in, fileName)).requireObject();
        PortalShape shape = PortalShape.of(root);
        PortalMetadata metadata = PortalMetadataReader.read(root.field("metadata"), shape);
        List<PortalUnitScore> units = new PortalUnitReader(shape, catalogue).readAll(root.field(shape.listName()));
        checkCount(root.field("count"), units.size(), shape);
        return new PortalSnapshot(metadata, shape, units);
    }

    private static JsonNode parse(InputStream in, String fileName) {
        try {
            // readValue, unlike readTree, reports empty input as an error with its location.
            return MAPPER.readValue(in, JsonNode.class);
        } catch (JacksonIOException e) {
            throw new UncheckedIOException(fileName + ": could not be read", e.getCause());
        } catch (JacksonException e) {
            throw JsonSyntax.problem(fileName, e);
        }
    }

    /** A stated count that differs from the list means a cut-off or doubled crawl; the provinces file has none. */
    private static void checkCount(LocatedNode count, int listed, PortalShape shape) {
        if (!count.isAbsentOrNull() && count.integer() != listed) {
            throw count.problem(
                    listed + " (the number of units in " + shape.listName() + ")", String.valueOf(count.integer()));
        }
    }
}
