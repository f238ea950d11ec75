package vn.chiso766.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have every key, and views pass user-visible text through the bundles. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void vietnamese_and_english_bundles_have_the_same_keys() throws IOException {
        Properties vietnamese = load("translations_vi.properties");
        Properties english = load("translations.properties");
        assertThat(vietnamese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void vietnamese_bundle_keeps_its_diacritics() throws IOException {
        assertThat(load("translations_vi.properties").getProperty("ranking.noReport"))
                .isEqualTo("Chưa có báo cáo");
    }

    @Test
    void every_translation_key_used_in_the_code_exists() throws IOException {
        Properties english = load("translations.properties");
        // Keys given to getTranslation and to refusals that views translate later.
        Pattern key = Pattern.compile("(?:getTranslation|TranslatableException)\\(\\s*\"([^\"]+)\"\\s*[,)]");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java")).forEach(p -> {
                try {
                    var matcher = key.matcher(Files.readString(p));
                    while (matcher.find()) {
                        assertThat(english.stringPropertyNames())
                                .as("key used in %s", p)
                                .contains(matcher.group(1));
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void views_set_no_hard_coded_text() throws IOException {
        // new Span("…"), new H2("…"), setText("…") and setHeader("…") with a literal bypass the bundles.
        Pattern literal = Pattern.compile("(new (Span|H\\d|Paragraph|Button|Text)|setText|setHeader)\\(\"[^\"]*\\p{L}");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            sources.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/ui/"))
                    .forEach(p -> {
                        try {
                            assertThat(literal.matcher(Files.readString(p)).find())
                                    .as("hard-coded UI text in %s", p)
                                    .isFalse();
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    });
        }
    }
}
