package vn.chiso766.app.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso766.app.AppTest;
import vn.chiso766.domain.access.Role;

/**
 * Figures for the README, not a pass/fail test (excluded from the normal run by its tag): a country's 3,321 communes
 * from one XLSX, the 135-commune portal file, and the heap used while a 10 MB CSV is imported. Run with
 * {@code ./mvnw -pl app -am test -Dgroups=benchmark -Dsurefire.excludedGroups= -Dtest=ImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@AppTest
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportBenchmark {

    private static final int COMMUNES = 3321;
    private static final int RUNS = 5;

    @Autowired
    ImportService imports;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    private ImportTestData data;

    @BeforeAll
    void createCountryOfCommunes() {
        data = ImportTestData.create(context, COMMUNES);
    }

    @AfterAll
    void removeThem() {
        ImportTestData.signOut();
        data.removeAll();
        RealPortalFiles.removeCountry(new JdbcTemplate(dataSource), context);
    }

    @Test
    void xlsx_of_3321_communes() throws IOException {
        ImportTestData.signInAs(Role.OFFICER, data.district);
        List<Double> previews = new ArrayList<>();
        List<Double> totals = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            String period = String.format("2030-%02d", run + 1);
            byte[] xlsx = xlsx(period);
            long start = System.nanoTime();
            ImportPreview preview = imports.preview("communes-" + period + ".xlsx", xlsx, null);
            long previewed = System.nanoTime();
            ImportOutcome outcome = imports.commit("communes-" + period + ".xlsx", xlsx, null);
            long committed = System.nanoTime();
            if (preview.hasErrors() || outcome.counts().created() != COMMUNES) {
                throw new IllegalStateException("Benchmark file did not import: "
                        + preview.errors().getFirst().describe(Locale.ENGLISH));
            }
            if (run > 0) { // the first run warms the JIT and the caches
                previews.add(seconds(previewed - start));
                totals.add(seconds(committed - start));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK xlsx %d rows (%d KB): preview p50 %.2f s, preview + commit p50 %.2f s (max %.2f s)%n",
                COMMUNES,
                xlsx("2030-01").length / 1024,
                p50(previews),
                p50(totals),
                Collections.max(totals));
    }

    @Test
    void portal_file_of_135_communes() {
        ImportTestData.signInAs(Role.ADMIN, "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        byte[] bytes = RealPortalFiles.bytes(PortalImportTest.COMMUNES);
        List<Double> firstImports = new ArrayList<>();
        List<Double> reimports = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            RealPortalFiles.removeCountry(jdbc, context);
            long start = System.nanoTime();
            imports.preview("communes_2026-10-10.json", bytes, null);
            imports.commit("communes_2026-10-10.json", bytes, null);
            long imported = System.nanoTime();
            imports.preview("communes_2026-10-10.json", bytes, null);
            imports.commit("communes_2026-10-10.json", bytes, null);
            long reimported = System.nanoTime();
            if (run > 0) {
                firstImports.add(seconds(imported - start));
                reimports.add(seconds(reimported - imported));
            }
        }
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK portal 135 communes (137 units created): preview + commit p50 %.2f s;"
                        + " unchanged re-import p50 %.2f s%n",
                p50(firstImports),
                p50(reimports));
    }

    @Test
    void memory_while_a_10_mb_csv_is_imported() {
        ImportTestData.signInAs(Role.OFFICER, data.district);
        byte[] csv = tenMegabyteCsv();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        System.gc();
        long baseline = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportPreview preview = imports.preview("ten-mb.csv", csv, null);
        long previewed = System.nanoTime();
        long previewPeak = peak(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ImportOutcome outcome = imports.commit("ten-mb.csv", csv, null);
        long committed = System.nanoTime();
        long commitPeak = peak(heap);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK csv %.1f MB, %d rows (%d new): preview %.1f s, commit %.1f s;"
                        + " heap before %d MB, peak during preview %d MB, peak during commit %d MB%n",
                csv.length / 1024.0 / 1024.0,
                preview.rows().size(),
                outcome.counts().created(),
                seconds(previewed - start),
                seconds(committed - previewed),
                baseline >> 20,
                previewPeak >> 20,
                commitPeak >> 20);
    }

    private byte[] xlsx(String period) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet();
            String[] header = {
                "Mã đơn vị", "Tên đơn vị", "Kỳ", "CKMB", "TDGQ", "ONLINE", "TTTT", "MDHL", "MDSH", "Tổng điểm"
            };
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            for (int w = 1; w <= COMMUNES; w++) {
                Row row = sheet.createRow(w);
                row.createCell(0).setCellValue(data.ward(w));
                row.createCell(1).setCellValue(data.wardName(w));
                row.createCell(2).setCellValue(period);
                double[] points = {11.79, 10 + (w % 100) / 10.0, 6.5, 7.25, 12 + (w % 60) / 10.0, 9.62};
                double total = 0;
                for (int i = 0; i < points.length; i++) {
                    row.createCell(3 + i).setCellValue(points[i]);
                    total += points[i];
                }
                row.createCell(9).setCellValue(Math.round(total * 100) / 100.0);
            }
            workbook.write(out);
            workbook.close();
            return out.toByteArray();
        }
    }

    /** Every commune for two years of months, with the report's figures: about 10 MB of CSV. */
    private byte[] tenMegabyteCsv() {
        StringBuilder csv = new StringBuilder(ImportTestData.HEADER
                + ";Số hồ sơ trong kỳ;Hồ sơ quá hạn trên Cổng DVCQG;Hồ sơ quá hạn trên hệ thống MCĐT;Tỷ lệ nộp trực tuyến (%);"
                + "Tỷ lệ hài lòng (%);Tỷ lệ hồ sơ có kết quả điện tử (%);Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG (%);"
                + "Số bản sao chứng thực điện tử;Số hồ sơ thanh toán trực tuyến\n");
        for (int month = 1; month <= 24; month++) {
            String period = String.format("%d-%02d", 2022 + (month - 1) / 12, (month - 1) % 12 + 1);
            for (int w = 1; w <= COMMUNES; w++) {
                csv.append(data.row(w, period, "16,7", "19,4", "7,3", "4,9", "18", "17,8"))
                        .append(";180;0;0;100;100;96,21;100;136;132\n");
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long used(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long peak(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double p50(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
