package vn.chiso766.reporting.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;
import vn.chiso766.domain.report.RemediationMeasure;
import vn.chiso766.domain.report.Signer;
import vn.chiso766.domain.score.OperationalFigures;

/** What the parsers have found so far; each parser fills its part and adds its problems. */
final class ExtractionDraft {

    final List<DocumentLine> lines;
    final List<DocumentProblem> problems = new ArrayList<>();

    @Nullable
    Found<String> issuingBody;

    @Nullable
    Found<String> number;

    @Nullable
    Found<String> place;

    @Nullable
    Found<LocalDate> issuedOn;

    @Nullable
    Found<String> title;

    @Nullable
    Found<Period.Month> period;

    @Nullable
    Found<String> unitName;

    @Nullable
    Found<OperationalFigures> figures;

    @Nullable
    Found<BigDecimal> tableTotal;

    @Nullable
    Found<BigDecimal> tableChange;

    @Nullable
    Found<BigDecimal> statedTotal;

    @Nullable
    Found<BigDecimal> statedChange;

    final Map<String, Found<BigDecimal>> groups = new LinkedHashMap<>();

    @Nullable
    Found<String> namedLowestGroup;

    @Nullable
    Found<String> namedHighestGroup;

    final List<Found<String>> causes = new ArrayList<>();
    final List<Found<RemediationMeasure>> measures = new ArrayList<>();

    @Nullable
    Found<String> publicationLink;

    final List<Found<String>> recipients = new ArrayList<>();

    @Nullable
    Found<Signer> signer;

    @Nullable
    CriteriaCatalogue catalogue;

    ExtractionDraft(List<DocumentLine> lines) {
        this.lines = lines;
    }

    void problem(int line, ProblemType type, Object... arguments) {
        problems.add(DocumentProblem.at(line, type, arguments));
    }

    void missing(ReportField field) {
        problem(0, ProblemType.MISSING_FIELD, field);
    }

    ReportExtraction build(DocumentFormat format, String encoding) {
        List<DocumentProblem> sorted = new ArrayList<>(problems);
        sorted.sort(java.util.Comparator.comparingInt(DocumentProblem::line));
        return new ReportExtraction(
                format,
                encoding,
                lines,
                issuingBody,
                number,
                place,
                issuedOn,
                title,
                period,
                unitName,
                figures,
                tableTotal,
                tableChange,
                statedTotal,
                statedChange,
                groups,
                namedLowestGroup,
                namedHighestGroup,
                causes,
                measures,
                publicationLink,
                recipients,
                signer,
                sorted);
    }
}
