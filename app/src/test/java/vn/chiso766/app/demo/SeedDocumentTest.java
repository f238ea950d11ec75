package vn.chiso766.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.reporting.document.ReportDocumentReader;
import vn.chiso766.reporting.document.ReportExtraction;

/**
 * The reporting module's seed text fixture is the seed report as this project knows it ({@link SeedReport}), and
 * reading it gives back that report and its score card.
 */
class SeedDocumentTest {

    private static final Path FIXTURE =
            Path.of("../reporting/src/test/resources/vn/chiso766/reporting/document/seed-report.txt");

    private final ReportExtraction read = new ReportDocumentReader(p -> CriteriaCatalogue.decision766())
            .read("seed.txt", ReportText.bytes(ReportText.seed()));

    @Test
    void the_seed_text_fixture_is_written_from_the_seed_report() throws IOException {
        assertThat(Files.readString(FIXTURE, StandardCharsets.UTF_8)).isEqualTo(ReportText.seed());
    }

    @Test
    void reading_the_seed_text_gives_back_the_seed_score_card() {
        assertThat(read.problems()).isEmpty();
        assertThat(read.toScoreCard(SeedReport.UNIT)).isEqualTo(SeedReport.scoreCard());
    }

    @Test
    void reading_the_seed_text_gives_back_the_seed_report_but_what_a_document_does_not_say() {
        MonthlyReport seed = SeedReport.report();
        MonthlyReport back = read.toReport(SeedReport.UNIT, ReportStatus.APPROVED);
        // The document names no one responsible and no due date for its measures; the rest is its own.
        assertThat(back).usingRecursiveComparison().ignoringFields("measures").isEqualTo(seed);
        assertThat(back.measures())
                .extracting(RemediationMeasure::text, RemediationMeasure::targetCriterion)
                .containsExactlyElementsOf(seed.measures().stream()
                        .map(m -> org.assertj.core.groups.Tuple.tuple(m.text(), m.targetCriterion()))
                        .toList());
    }
}
