package vn.chiso766.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chiso766.app.AppTest;

/**
 * The workbooks and documents open in LibreOffice: converted headless to PDF, they keep their Vietnamese text.
 * Skipped with a message where LibreOffice is not installed (CI does not install it: it is large); set
 * {@code -Dchiso766.export.samples=DIR} to keep the files and their conversions for a look.
 */
@AppTest
class ExportsOpenInLibreOfficeTest {

    @LocalServerPort
    int port;

    @TempDir
    Path dir;

    private static String libreOffice() {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .flatMap(p -> Stream.of(Path.of(p, "libreoffice"), Path.of(p, "soffice")))
                .filter(p -> p.toFile().canExecute())
                .map(Path::toString)
                .findFirst()
                .orElse("");
    }

    @Test
    void the_xlsx_and_docx_files_convert_to_pdf_with_their_vietnamese_text() throws Exception {
        String office = libreOffice();
        Assumptions.assumeFalse(
                office.isEmpty(), "libreoffice is not installed: the files were not opened in LibreOffice");
        ExportHttp http = new ExportHttp(port);
        Map<String, String> files = new LinkedHashMap<>();
        files.put("xep-hang.xlsx", "/api/v1/exports/rankings.xlsx?scope=TNI.TPTN&period=2024-02");
        files.put("ban-do-nhiet.xlsx", "/api/v1/exports/heatmap.xlsx?scope=TNI.TPTN&period=2024-02");
        files.put("bao-cao.docx", "/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-02.docx");
        files.put("tong-hop.docx", "/api/v1/exports/summary/TNI.TPTN/2024-02.docx");
        files.put("xep-hang.pdf", "/api/v1/exports/rankings.pdf?scope=TNI.TPTN&period=2024-02");
        files.put("bao-cao.pdf", "/api/v1/exports/wards/TNI.TPTN.NINHSON/2024-02.pdf");
        files.put("tong-hop.pdf", "/api/v1/exports/summary/TNI.TPTN/2024-02.pdf");
        for (var file : files.entrySet()) {
            java.nio.file.Files.write(dir.resolve(file.getKey()), http.file("leader", file.getValue()));
        }
        Path out = dir.resolve("converted");
        List<String> command = new java.util.ArrayList<>(List.of(
                office,
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                out.toString()));
        files.keySet().stream()
                .filter(name -> !name.endsWith(".pdf"))
                .forEach(name -> command.add(dir.resolve(name).toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("libreoffice.log").toFile())
                .start();
        org.assertj.core.api.Assertions.assertThat(process.waitFor(180, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        keepSamples(out);
        assertThat(Converted.of(out.resolve("xep-hang.pdf")))
                .contains("TNI.TPTN", "CKMB (18)")
                .containsLettersOf("Xếp hạng các đơn vị thuộc Thành phố Tây Ninh — Tháng 02/2024 Phường Ninh Thạnh");
        assertThat(Converted.of(out.resolve("ban-do-nhiet.pdf")))
                .contains("TTTT (10)")
                .containsLettersOf("Trung bình toàn địa bàn");
        assertThat(Converted.of(out.resolve("bao-cao.pdf")))
                .contains("BC-UBND", "4,9/10")
                .containsLettersOf("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc");
        assertThat(Converted.of(out.resolve("tong-hop.pdf")))
                .contains("02/2024")
                .containsLettersOf("Trong tháng 02/2024, điểm trung bình của các phường, xã");
    }

    private void keepSamples(Path converted) throws IOException {
        String samples = System.getProperty("chiso766.export.samples");
        if (samples == null || samples.isBlank()) {
            return;
        }
        Path target = Path.of(samples);
        java.nio.file.Files.createDirectories(target.resolve("libreoffice"));
        try (Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.copy(
                        file, target.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        try (Stream<Path> files = java.nio.file.Files.list(converted)) {
            for (Path file : files.toList()) {
                java.nio.file.Files.copy(
                        file,
                        target.resolve("libreoffice").resolve(file.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * A PDF that LibreOffice wrote. Where the machine lacks the documents' fonts (Arial, Times New Roman), LibreOffice
     * draws the Vietnamese letters with a fallback font and text extraction returns them out of line ("X p h ng
     * ế ạ"), so the letters are checked as a set: every accented letter of the expected text was drawn.
     */
    private record Converted(String text) {
        static Converted of(Path pdf) throws IOException {
            org.assertj.core.api.Assertions.assertThat(pdf).exists();
            return new Converted(Files.pdfText(java.nio.file.Files.readAllBytes(pdf)));
        }
    }

    private static ConvertedAssert assertThat(Converted converted) {
        return new ConvertedAssert(converted.text());
    }

    private record ConvertedAssert(String text) {
        ConvertedAssert contains(String... parts) {
            org.assertj.core.api.Assertions.assertThat(text).contains(parts);
            return this;
        }

        ConvertedAssert containsLettersOf(String expected) {
            expected.codePoints()
                    .filter(c -> c > 127 && Character.isLetter(c))
                    .forEach(c -> org.assertj.core.api.Assertions.assertThat(text)
                            .as("letter %s", Character.toString(c))
                            .contains(Character.toString(c)));
            return this;
        }
    }
}
