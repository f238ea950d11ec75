package vn.chiso766.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.chiso766.reporting.export.table.ComparisonTable;
import vn.chiso766.reporting.export.table.RankingCsv;
import vn.chiso766.reporting.export.table.RankingPdf;
import vn.chiso766.reporting.export.table.RankingXlsx;

/**
 * Prints how long the ranking of 3,321 communes (the whole country's commune level since July 2025) takes to
 * export, and the heap used meanwhile. Targets: XLSX ≤ 2 s, PDF ≤ 5 s. Not part of the normal run (tag
 * "benchmark"); the README gives the command. Figures, not assertions: the machine decides them.
 */
@Tag("benchmark")
class ExportBenchmark {

    private static final int UNITS = 3321;
    private static final int WARM_UP = 2;
    private static final int RUNS = 7;

    interface Export {
        void write(ComparisonTable table, ByteArrayOutputStream out) throws IOException;
    }

    @Test
    void ranking_of_3321_units_as_xlsx_pdf_and_csv() throws Exception {
        ComparisonTable table = ExportFixtures.comparison(ExportFixtures.synthetic(UNITS, 11));
        measure("rankings.xlsx", table, RankingXlsx::write);
        measure("rankings.pdf", table, RankingPdf::write);
        measure("rankings.csv", table, RankingCsv::write);
    }

    private static void measure(String name, ComparisonTable table, Export export) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            export.write(table, new ByteArrayOutputStream());
        }
        List<Double> seconds = new ArrayList<>();
        long peak = 0;
        long base = 0;
        long size = 0;
        for (int i = 0; i < RUNS; i++) {
            System.gc();
            Thread.sleep(100);
            long baseline = used();
            AtomicLong max = new AtomicLong(baseline);
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    max.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(2);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            long start = System.nanoTime();
            export.write(table, out);
            seconds.add((System.nanoTime() - start) / 1e9);
            sampler.interrupt();
            sampler.join();
            if (max.get() - baseline > peak) {
                peak = max.get() - baseline;
                base = baseline;
            }
            size = out.size();
        }
        List<Double> sorted = seconds.stream().sorted().toList();
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK %s %d rows: p50 %.2f s, max %.2f s, heap peak %d MB (+%d MB over %d MB in use before; sampled, garbage"
                        + " included), file %d kB%n",
                name,
                table.rows().size() + table.missing().size(),
                sorted.get(sorted.size() / 2),
                sorted.getLast(),
                (base + peak) / (1024 * 1024),
                peak / (1024 * 1024),
                base / (1024 * 1024),
                size / 1024);
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
