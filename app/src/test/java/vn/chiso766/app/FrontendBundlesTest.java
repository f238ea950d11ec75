package vn.chiso766.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.NpmPackage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso766.app.chart.ApexChart;

/**
 * The committed bundles match the frontend sources, so that nobody needs Node.js to run, test or package. Vaadin
 * makes the same comparison at start-up and at packaging, but then it silently tries to rebuild with Node; this
 * fails the build instead, with the way out: rebuild the bundles as the README's "Frontend" section says.
 */
class FrontendBundlesTest {

    private static final Path FRONTEND = Path.of("src/main/frontend");
    private static final String REBUILD =
            "rebuild and commit app/src/main/bundles as the README's Frontend section says";

    private static JsonNode stats(String bundle) throws IOException {
        try (ZipFile zip = new ZipFile(Path.of("src/main/bundles", bundle).toFile());
                InputStream in = zip.getInputStream(zip.getEntry("config/stats.json"))) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static List<Path> ownFrontendFiles() throws IOException {
        try (Stream<Path> files = Files.walk(FRONTEND)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !FRONTEND.relativize(p).startsWith("generated"))
                    .filter(p -> !p.getFileName().toString().equals("index.html"))
                    .toList();
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        // As BundleValidationUtil.calculateHash: SHA-256 of the UTF-8 text with Unix line ends.
        String text = Files.readString(file).replace("\r\n", "\n");
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void the_committed_bundle_was_built_from_the_current_frontend_files(String bundle) throws Exception {
        JsonNode hashes = stats(bundle).get("frontendHashes");
        assertThat(ownFrontendFiles()).isNotEmpty().allSatisfy(file -> {
            String key = FRONTEND.relativize(file).toString().replace('\\', '/');
            assertThat(hashes.path(key).asString(""))
                    .as("%s in %s: %s", key, bundle, REBUILD)
                    .isEqualTo(sha256(file));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev.bundle", "prod.bundle"})
    void the_committed_bundle_holds_the_apexcharts_version_the_chart_asks_for(String bundle) throws Exception {
        NpmPackage npm = ApexChart.class.getAnnotation(NpmPackage.class);
        assertThat(stats(bundle).at("/packageJsonDependencies/" + npm.value()).asString(""))
                .as("%s %s in %s: %s", npm.value(), npm.version(), bundle, REBUILD)
                .isEqualTo(npm.version());
    }
}
