package vn.chiso766.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.MonthlyReport;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.ReportStatus;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.GroupScores;
import vn.chiso766.domain.score.OperationalFigures;
import vn.chiso766.domain.score.ScoreCard;

/**
 * What a report document states, each value with its line, the document's lines to show beside it, and the
 * problems that keep it from being saved. {@code unitName} is the unit as the document names it ("phường Ninh
 * Sơn"); matching it to a unit is the caller's part. The stated total and change are the text's (the table's when
 * the text gives none); the table's own score and change are kept beside them. Measures carry a suggested target criterion, guessed from
 * their words, for the reader to confirm.
 */
public record ReportExtraction(
        DocumentFormat format,
        String encoding,
        List<DocumentLine> lines,
        @Nullable Found<String> issuingBody,
        @Nullable Found<String> number,
        @Nullable Found<String> place,
        @Nullable Found<LocalDate> issuedOn,
        @Nullable Found<String> title,
        @Nullable Found<Period.Month> period,
        @Nullable Found<String> unitName,
        @Nullable Found<OperationalFigures> figures,
        @Nullable Found<BigDecimal> tableScore,
        @Nullable Found<BigDecimal> tableChange,
        @Nullable Found<BigDecimal> statedTotal,
        @Nullable Found<BigDecimal> statedChange,
        Map<String, Found<BigDecimal>> groups,
        @Nullable Found<String> namedLowestGroup,
        @Nullable Found<String> namedHighestGroup,
        List<Found<String>> causes,
        List<Found<RemediationMeasure>> measures,
        @Nullable Found<String> publicationLink,
        List<Found<String>> recipients,
        @Nullable Found<Signer> signer,
        List<DocumentProblem> problems) {

    public ReportExtraction {
        lines = List.copyOf(lines);
        groups = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groups));
        causes = List.copyOf(causes);
        measures = List.copyOf(measures);
        recipients = List.copyOf(recipients);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The score card the document states, once it has no problems. */
    public ScoreCard toScoreCard(String unitCode) {
        requireNoProblems();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        groups.forEach((code, found) -> points.put(code, found.value()));
        return new ScoreCard(
                unitCode,
                required(value(period)),
                new GroupScores(points),
                figures == null ? OperationalFigures.NONE : figures.value(),
                value(statedTotal),
                value(statedChange));
    }

    /** The report the document states, with the given status, once it has no problems. */
    public MonthlyReport toReport(String unitCode, ReportStatus status) {
        requireNoProblems();
        return new MonthlyReport(
                unitCode,
                required(value(period)),
                required(value(issuingBody)),
                required(value(number)),
                required(value(place)),
                required(value(issuedOn)),
                required(value(title)),
                causes.stream().map(Found::value).toList(),
                measures.stream().map(Found::value).toList(),
                value(publicationLink),
                recipients.stream().map(Found::value).toList(),
                required(value(signer)),
                value(namedLowestGroup),
                value(namedHighestGroup),
                status);
    }

    private void requireNoProblems() {
        if (hasProblems()) {
            throw new IllegalStateException("The document has problems: " + problems);
        }
    }

    private static <T> @Nullable T value(@Nullable Found<T> found) {
        return found == null ? null : found.value();
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("A required part is missing though no problem was reported");
        }
        return value;
    }
}
