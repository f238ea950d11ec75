package vn.chiso766.reporting.document;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.period.Period;

/**
 * Reads a ward's monthly report from a {@code .docx} or {@code .txt} file. The format is told by the content (a
 * Word document is a zip archive), not by the name, so a renamed file is still read for what it is. Nothing is
 * thrown for bad content: every problem comes back in the extraction, with its line.
 */
public final class ReportDocumentReader {

    /** The month the six-group layout starts in; its catalogue reads a document whose month cannot be read. */
    private static final Period.Month FALLBACK_MONTH = Period.month(2024, 1);

    private static final int CONTROL_CHARACTERS_ALLOWED = 8;

    private final Function<Period, CriteriaCatalogue> catalogues;

    public ReportDocumentReader(Function<Period, CriteriaCatalogue> catalogues) {
        this.catalogues = catalogues;
    }

    public ReportExtraction read(String fileName, byte[] content) {
        if (content.length == 0) {
            return failed(DocumentFormat.TEXT, ProblemType.EMPTY_FILE, fileName);
        }
        if (isZip(content)) {
            try {
                return parse(DocxLines.of(content), DocumentFormat.DOCX, "Office Open XML");
            } catch (IOException | RuntimeException e) {
                // POI reports a truncated or foreign archive with various runtime exceptions; all mean unreadable.
                return failed(DocumentFormat.DOCX, ProblemType.UNREADABLE_FILE, fileName, "DOCX", reason(e));
            }
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            return failed(DocumentFormat.DOCX, ProblemType.UNREADABLE_FILE, fileName, "DOCX", "not a zip archive");
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(content);
        if (isBinary(decoded.text())) {
            return failed(DocumentFormat.TEXT, ProblemType.UNREADABLE_FILE, fileName, "text", "binary content");
        }
        return parse(TextLines.of(decoded.text()), DocumentFormat.TEXT, decoded.encoding());
    }

    private ReportExtraction parse(List<DocumentLine> lines, DocumentFormat format, String encoding) {
        ExtractionDraft draft = new ExtractionDraft(lines);
        if (lines.stream().allMatch(DocumentLine::isBlank)) {
            draft.problem(0, ProblemType.EMPTY_FILE, "");
            return draft.build(format, encoding);
        }
        new HeaderParser(draft).parse();
        CriteriaCatalogue catalogue = catalogues.apply(draft.period == null ? FALLBACK_MONTH : draft.period.value());
        FiguresParser.parse(draft);
        new ScoreParser(draft, catalogue).parse();
        new SectionParser(draft, catalogue).parse();
        SignerParser.parse(draft);
        return draft.build(format, encoding);
    }

    private static ReportExtraction failed(DocumentFormat format, ProblemType type, Object... arguments) {
        ExtractionDraft draft = new ExtractionDraft(List.of());
        draft.problem(0, type, arguments);
        return draft.build(format, "");
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** A PDF or image renamed to .txt decodes to text full of control characters. */
    private static boolean isBinary(String text) {
        long control = text.chars()
                .filter(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                .count();
        return control > CONTROL_CHARACTERS_ALLOWED;
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null
                ? e.getClass().getSimpleName()
                : message.lines().findFirst().orElse("");
    }
}
