package vn.chiso766.reporting.document;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.criteria.Criterion;

/**
 * Part 5: the total and its change ("đạt 84,1 điểm, giảm 1,5 điểm"), one line per group ("Công khai, minh bạch:
 * 16,7/18 điểm") matched to the catalogue by name whatever the case and diacritics, and the groups the report
 * names as lowest and highest. Where the figures table also states the total or change, both must agree.
 */
final class ScoreParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern GROUP_LINE =
            Pattern.compile("^(.+?)\\s*[:：]\\s*(\\S+?)\\s*/\\s*(\\S+?)\\s*điểm", FLAGS);
    private static final Pattern TOTAL =
            Pattern.compile("(?:đạt|tổng(?:\\s+số)?\\s+điểm\\s*:?)\\s*(\\S+?)\\s*(?:/\\s*100\\s*)?điểm", FLAGS);
    private static final Pattern CHANGE = Pattern.compile("(tăng|giảm)\\s+(\\S+?)\\s*điểm", FLAGS);
    private static final Pattern UNCHANGED = Pattern.compile("không\\s+thay\\s+đổi|giữ\\s+nguyên", FLAGS);

    private final ExtractionDraft draft;
    private final CriteriaCatalogue catalogue;
    private final java.util.Set<String> seen = new java.util.HashSet<>();
    private int lastGroupLine;
    private boolean totalSeen;

    ScoreParser(ExtractionDraft draft, CriteriaCatalogue catalogue) {
        this.draft = draft;
        this.catalogue = catalogue;
    }

    void parse() {
        for (DocumentLine line : draft.lines) {
            if (line.isTableRow()) {
                continue;
            }
            Matcher group = GROUP_LINE.matcher(VietText.withoutNumbering(line.text()));
            if (group.find() && groupLine(line, group)) {
                continue;
            }
            if (!totalSeen) {
                totalLine(line);
            }
        }
        reportMissingGroups();
        reconcile(draft.tableTotal, draft.statedTotal, ReportField.TOTAL);
        reconcile(draft.tableChange, draft.statedChange, ReportField.CHANGE);
        if (draft.statedTotal == null) {
            draft.statedTotal = draft.tableTotal;
        }
        if (draft.statedChange == null) {
            draft.statedChange = draft.tableChange;
        }
        if (draft.statedTotal == null && !totalSeen) {
            draft.missing(ReportField.TOTAL);
        }
        namedGroups();
    }

    /**
     * Returns false when the line is not a group's line (another "x: a/b điểm" line, such as the total). A line
     * that names the lowest or highest group counts only when it starts with the group's name.
     */
    private boolean groupLine(DocumentLine line, Matcher m) {
        String name = VietText.fold(m.group(1));
        Optional<Criterion> criterion = namesLowestOrHighest(line)
                ? catalogue.criteria().stream()
                        .filter(c -> name.startsWith(VietText.fold(c.nameVi())))
                        .findFirst()
                : criterionNamed(name);
        if (criterion.isEmpty()) {
            return false;
        }
        Criterion c = criterion.get();
        lastGroupLine = line.number();
        if (!seen.add(c.code())) {
            draft.problem(line.number(), ProblemType.GROUP_DUPLICATE, c.nameVi());
            return true;
        }
        Optional<BigDecimal> points = Numbers.decimal(m.group(2));
        Optional<BigDecimal> max = Numbers.decimal(m.group(3));
        if (points.isEmpty() || max.isEmpty()) {
            draft.problem(
                    line.number(), ProblemType.BAD_NUMBER, c.nameVi(), points.isEmpty() ? m.group(2) : m.group(3));
        } else if (max.get().compareTo(c.maxPoints()) != 0) {
            draft.problem(line.number(), ProblemType.GROUP_MAXIMUM, c.nameVi(), c.maxPoints(), m.group(3));
        } else if (points.get().signum() < 0 || points.get().compareTo(c.maxPoints()) > 0) {
            draft.problem(line.number(), ProblemType.OUT_OF_RANGE, c.nameVi(), m.group(2), "0", c.maxPoints());
        } else {
            draft.groups.put(c.code(), new Found<>(points.get(), line.number()));
        }
        return true;
    }

    private Optional<Criterion> criterionNamed(String folded) {
        return catalogue.criteria().stream()
                .filter(c -> VietText.containsWords(folded, VietText.fold(c.nameVi()))
                        || folded.equals(c.code().toLowerCase(java.util.Locale.ROOT)))
                .findFirst();
    }

    private void totalLine(DocumentLine line) {
        Matcher total = TOTAL.matcher(line.text());
        if (!total.find()) {
            return;
        }
        totalSeen = true;
        Optional<BigDecimal> value = Numbers.decimal(total.group(1));
        if (value.isEmpty()) {
            draft.problem(line.number(), ProblemType.BAD_NUMBER, ReportField.TOTAL, total.group(1));
            return;
        }
        draft.statedTotal = new Found<>(value.get(), line.number());
        Matcher change = CHANGE.matcher(line.text());
        if (change.find(total.end())) {
            Optional<BigDecimal> amount = Numbers.decimal(change.group(2));
            if (amount.isEmpty()) {
                draft.problem(line.number(), ProblemType.BAD_NUMBER, ReportField.CHANGE, change.group(2));
            } else {
                boolean down = VietText.fold(change.group(1)).equals("giam");
                draft.statedChange = new Found<>(down ? amount.get().negate() : amount.get(), line.number());
            }
        } else if (UNCHANGED.matcher(line.text()).find()) {
            draft.statedChange = new Found<>(BigDecimal.ZERO, line.number());
        }
    }

    private void reportMissingGroups() {
        int near = lastGroupLine > 0 ? lastGroupLine : draft.statedTotal == null ? 0 : draft.statedTotal.line();
        for (Criterion c : catalogue.criteria()) {
            if (!seen.contains(c.code())) {
                draft.problem(near, ProblemType.GROUP_MISSING, c.nameVi(), c.maxPoints());
            }
        }
    }

    private void reconcile(@Nullable Found<BigDecimal> table, @Nullable Found<BigDecimal> text, ReportField field) {
        if (table != null && text != null && table.value().compareTo(text.value()) != 0) {
            draft.problem(
                    text.line(),
                    ProblemType.FIGURES_DISAGREE,
                    field,
                    text.value(),
                    Integer.toString(table.line()),
                    table.value());
        }
    }

    private boolean namesLowestOrHighest(DocumentLine line) {
        String folded = VietText.fold(line.text());
        return folded.contains("thap nhat") || folded.contains("cao nhat");
    }

    /** "… thấp nhất: Công khai, minh bạch …; … cao nhất: Mức độ hài lòng …", in one line or two. */
    private void namedGroups() {
        for (DocumentLine line : draft.lines) {
            String folded = VietText.fold(line.text());
            int low = folded.indexOf("thap nhat");
            int high = folded.indexOf("cao nhat");
            if (low >= 0 && draft.namedLowestGroup == null) {
                groupNear(folded, low, high)
                        .ifPresent(code -> draft.namedLowestGroup = new Found<>(code, line.number()));
            }
            if (high >= 0 && draft.namedHighestGroup == null) {
                groupNear(folded, high, low)
                        .ifPresent(code -> draft.namedHighestGroup = new Found<>(code, line.number()));
            }
        }
    }

    /** The first group named after the keyword (up to the other keyword), else the last one named before it. */
    private Optional<String> groupNear(String folded, int keyword, int other) {
        int end = other > keyword ? other : folded.length();
        Optional<String> after = firstNamed(folded.substring(keyword, end));
        if (after.isPresent()) {
            return after;
        }
        int start = other >= 0 && other < keyword ? other : 0;
        return lastNamed(folded.substring(start, keyword));
    }

    private Optional<String> firstNamed(String segment) {
        return catalogue.criteria().stream()
                .filter(c -> VietText.indexOfWords(segment, VietText.fold(c.nameVi())) >= 0)
                .min(java.util.Comparator.comparingInt(c -> VietText.indexOfWords(segment, VietText.fold(c.nameVi()))))
                .map(Criterion::code);
    }

    private Optional<String> lastNamed(String segment) {
        return catalogue.criteria().stream()
                .filter(c -> VietText.indexOfWords(segment, VietText.fold(c.nameVi())) >= 0)
                .max(java.util.Comparator.comparingInt(c -> VietText.indexOfWords(segment, VietText.fold(c.nameVi()))))
                .map(Criterion::code);
    }
}
