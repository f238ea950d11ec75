package vn.chiso766.reporting.portal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real portal snapshots live beside the repository (../shared/data/portal-766), never inside it, so tests that
 * need them skip on a clone that lacks them.
 */
final class RealPortalData {

    static final String FOLDER = "portal-766";

    private RealPortalData() {}

    static PortalSnapshot read(String relativePath) {
        Path file = file(relativePath);
        try {
            return new PortalEvaluationReader().read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String relativePath) {
        Optional<Path> folder = folder();
        assumeTrue(folder.isPresent(), "shared/data/" + FOLDER + " not present; skipping real-data test");
        Path file = folder.get().resolve(relativePath);
        assumeTrue(Files.isRegularFile(file), file + " not present; skipping real-data test");
        return file;
    }

    /** Surefire passes shared.data.dir; an IDE run starts in the module or the repository folder instead. */
    static Optional<Path> folder() {
        String property = System.getProperty("shared.data.dir");
        return Stream.of(property, "../../shared/data", "../shared/data")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(candidate -> Path.of(candidate).resolve(FOLDER).normalize())
                .filter(Files::isDirectory)
                .findFirst();
    }
}
