package vn.chiso766.reporting.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.period.Period;

/**
 * Parts 1 and 2 of the report: issuing body, number, place and date, title, and from the title the month and the
 * unit ("… tháng 02/2024 trên địa bàn phường Ninh Sơn").
 */
final class HeaderParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern NUMBER = Pattern.compile("^Số\\s*:\\s*(.*)$", FLAGS);
    private static final Pattern DATE =
            Pattern.compile("^(.+?)\\s*,\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})", FLAGS);
    private static final Pattern MONTH = Pattern.compile("tháng\\s+(\\d{1,2})\\s*/\\s*(\\d{4})", FLAGS);
    private static final Pattern AREA = Pattern.compile("trên\\s+địa\\s+bàn\\s+(.+?)\\s*\\.?$", FLAGS);
    private static final List<String> UNIT_KINDS = List.of("phuong", "xa", "thi tran", "dac khu");

    private final ExtractionDraft draft;

    HeaderParser(ExtractionDraft draft) {
        this.draft = draft;
    }

    void parse() {
        findIssuingBody();
        findNumber();
        findDate();
        findTitle();
        findPeriod();
        findUnit();
    }

    /** "ỦY BAN NHÂN DÂN PHƯỜNG NINH SƠN", on one line or two; a parent body's line above it is passed over. */
    private void findIssuingBody() {
        List<DocumentLine> lines = draft.lines;
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            String folded = VietText.fold(line.text());
            if (line.isTableRow() || !VietText.isUpperCase(line.text()) || !folded.startsWith("uy ban nhan dan")) {
                continue;
            }
            String text = line.text();
            if (folded.equals("uy ban nhan dan")) {
                Optional<DocumentLine> next = nextNonBlank(i);
                if (next.isEmpty() || !VietText.isUpperCase(next.get().text())) {
                    continue;
                }
                text = text + " " + next.get().text();
            }
            String remainder =
                    VietText.fold(text).substring("uy ban nhan dan".length()).strip();
            if (UNIT_KINDS.stream().anyMatch(k -> remainder.startsWith(k + " "))) {
                draft.issuingBody = new Found<>(text, line.number());
                return;
            }
        }
        draft.missing(ReportField.ISSUING_BODY);
    }

    private void findNumber() {
        for (DocumentLine line : draft.lines) {
            Matcher m = NUMBER.matcher(line.text());
            if (!line.isTableRow() && m.matches()) {
                String value = m.group(1).strip();
                if (value.isEmpty()) {
                    draft.problem(line.number(), ProblemType.BAD_FIELD, ReportField.NUMBER, line.text());
                } else {
                    draft.number = new Found<>(value, line.number());
                }
                return;
            }
        }
        draft.missing(ReportField.NUMBER);
    }

    private void findDate() {
        for (DocumentLine line : draft.lines) {
            Matcher m = DATE.matcher(line.text());
            if (line.isTableRow() || !m.find()) {
                continue;
            }
            try {
                LocalDate date = LocalDate.of(
                        Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)));
                draft.place = new Found<>(m.group(1).strip(), line.number());
                draft.issuedOn = new Found<>(date, line.number());
            } catch (DateTimeException e) {
                draft.problem(
                        line.number(),
                        ProblemType.BAD_DATE,
                        m.group().substring(m.end(1)).replaceFirst("^\\s*,\\s*", ""));
            }
            return;
        }
        draft.missing(ReportField.DATE);
    }

    /** The line(s) after "BÁO CÁO" up to a blank line; without that word, the first line naming the index. */
    private void findTitle() {
        List<DocumentLine> lines = draft.lines;
        for (int i = 0; i < lines.size(); i++) {
            if (VietText.fold(lines.get(i).text()).equals("bao cao")) {
                StringBuilder title = new StringBuilder();
                int first = -1;
                for (int j = i + 1; j < lines.size(); j++) {
                    DocumentLine line = lines.get(j);
                    if (line.isBlank() && first >= 0 || line.isTableRow() || isBodyStart(line)) {
                        break;
                    }
                    if (!line.isBlank()) {
                        first = first < 0 ? line.number() : first;
                        title.append(title.isEmpty() ? "" : " ").append(line.text());
                    }
                }
                if (first > 0) {
                    draft.title = new Found<>(title.toString(), first);
                    return;
                }
            }
        }
        lines.stream()
                .filter(l -> !l.isTableRow())
                .filter(l -> VietText.containsWords(VietText.fold(l.text()), "bo chi so")
                        && MONTH.matcher(l.text()).find())
                .findFirst()
                .ifPresentOrElse(
                        l -> draft.title = new Found<>(l.text(), l.number()), () -> draft.missing(ReportField.TITLE));
    }

    private static boolean isBodyStart(DocumentLine line) {
        String folded = VietText.fold(line.text());
        return folded.startsWith("can cu") || folded.startsWith("thuc hien") || folded.startsWith("kinh gui");
    }

    private void findPeriod() {
        @Nullable Found<String> title = draft.title;
        List<DocumentLine> candidates = title == null
                ? draft.lines
                : draft.lines.stream().filter(l -> l.number() >= title.line()).toList();
        for (DocumentLine line : candidates) {
            Matcher m = MONTH.matcher(line.text());
            if (line.isTableRow() || !m.find()) {
                continue;
            }
            int month = Integer.parseInt(m.group(1));
            int year = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12 || year < Period.MIN_YEAR || year > Period.MAX_YEAR) {
                draft.problem(line.number(), ProblemType.BAD_PERIOD, m.group());
            } else {
                draft.period = new Found<>(Period.month(year, month), line.number());
            }
            return;
        }
        draft.missing(ReportField.PERIOD);
    }

    /** The unit as the title names it, else as the issuing body does; when both do, they must agree. */
    private void findUnit() {
        Found<String> fromTitle = null;
        if (draft.title != null) {
            Matcher m = AREA.matcher(draft.title.value());
            if (m.find()) {
                fromTitle = new Found<>(m.group(1).strip(), draft.title.line());
            }
        }
        Found<String> fromBody = null;
        if (draft.issuingBody != null) {
            String body = draft.issuingBody.value();
            // The fold check of findIssuingBody made sure the first four words are "ỦY BAN NHÂN DÂN".
            String[] words = body.strip().split("\\s+", 5);
            fromBody = new Found<>(words.length == 5 ? words[4] : body, draft.issuingBody.line());
        }
        if (fromTitle != null && fromBody != null && !sameUnit(fromTitle.value(), fromBody.value())) {
            draft.problem(
                    fromTitle.line(), ProblemType.UNIT_DISAGREES, fromTitle.value(), fromBody.value(), fromBody.line());
        }
        draft.unitName = fromTitle != null ? fromTitle : fromBody;
        if (draft.unitName == null) {
            draft.missing(ReportField.UNIT);
        }
    }

    private static boolean sameUnit(String a, String b) {
        return VietText.fold(a).equals(VietText.fold(b));
    }

    private Optional<DocumentLine> nextNonBlank(int index) {
        return draft.lines.stream().skip(index + 1L).filter(l -> !l.isBlank()).findFirst();
    }
}
