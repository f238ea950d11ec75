package vn.chiso766.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;
import vn.chiso766.domain.report.MeasureStatus;
import vn.chiso766.domain.report.RemediationMeasure;

/**
 * Parts 6 to 8: the causes ("Nguyên nhân") and remediation measures ("Biện pháp khắc phục"), one bullet each (a
 * line without a bullet continues the bullet above it), where the result is published, and the recipients ("Nơi
 * nhận:"). A section ends at the next heading, the publication link, the recipients or the signature.
 */
final class SectionParser {

    private static final Pattern URL = Pattern.compile("https?://[^\\s,;)\"”]+|www\\.[^\\s,;)\"”]+");

    private enum Section {
        NONE,
        CAUSES,
        MEASURES,
        RECIPIENTS
    }

    private final ExtractionDraft draft;
    private final CriteriaCatalogue catalogue;
    private final List<DocumentLine> causes = new ArrayList<>();
    private final List<DocumentLine> measures = new ArrayList<>();
    private Section section = Section.NONE;

    SectionParser(ExtractionDraft draft, CriteriaCatalogue catalogue) {
        this.draft = draft;
        this.catalogue = catalogue;
    }

    void parse() {
        for (DocumentLine line : draft.lines) {
            if (line.isBlank() || line.isTableRow()) {
                continue;
            }
            if (SignerParser.startsSignature(line)) {
                section = Section.NONE;
                continue;
            }
            Section heading = heading(line);
            if (heading != null) {
                section = heading;
                recipientsOnHeadingLine(line);
                continue;
            }
            Matcher url = URL.matcher(line.text());
            if (section != Section.RECIPIENTS && url.find()) {
                if (draft.publicationLink == null) {
                    draft.publicationLink = new Found<>(url.group().replaceFirst("[.:]+$", ""), line.number());
                }
                section = Section.NONE;
                continue;
            }
            switch (section) {
                case CAUSES -> causes.add(line);
                case MEASURES -> measures.add(line);
                case RECIPIENTS ->
                    draft.recipients.add(new Found<>(VietText.withoutBullet(line.text()), line.number()));
                case NONE -> {}
            }
        }
        draft.causes.addAll(items(causes));
        items(measures)
                .forEach(item -> draft.measures.add(new Found<>(
                        new RemediationMeasure(
                                item.value(),
                                MeasureTargets.suggest(item.value(), catalogue),
                                null,
                                null,
                                MeasureStatus.PLANNED),
                        item.line())));
    }

    /** A heading line: no bullet, and after its numbering a section's name, or a numbered heading of another part. */
    private static @Nullable Section heading(DocumentLine line) {
        String folded = VietText.fold(line.text());
        if (folded.startsWith("noi nhan")) {
            return Section.RECIPIENTS;
        }
        if (VietText.startsWithBullet(line.text())) {
            return null;
        }
        String name = VietText.fold(VietText.withoutNumbering(line.text()));
        boolean numbered = !name.equals(VietText.fold(line.text()));
        if (name.startsWith("nguyen nhan") && name.length() < 60) {
            return Section.CAUSES;
        }
        if ((name.startsWith("bien phap") || name.startsWith("giai phap") || name.startsWith("nhiem vu"))
                && name.length() < 60) {
            return Section.MEASURES;
        }
        if (numbered && VietText.isUpperCase(VietText.withoutNumbering(line.text()))) {
            return Section.NONE;
        }
        return null;
    }

    /** "Nơi nhận: - Như trên;" keeps the first recipient on the heading's line. */
    private void recipientsOnHeadingLine(DocumentLine line) {
        if (section != Section.RECIPIENTS) {
            return;
        }
        int colon = line.text().indexOf(':');
        if (colon >= 0) {
            String rest = VietText.withoutBullet(line.text().substring(colon + 1));
            if (!rest.isBlank()) {
                draft.recipients.add(new Found<>(rest, line.number()));
            }
        }
    }

    /**
     * Joins the lines of a section into items: where some lines start with a bullet, a line without one continues
     * the item above it (a long cause wrapped in a text file); where none does, each line is an item.
     */
    private static List<Found<String>> items(List<DocumentLine> lines) {
        boolean bulleted = lines.stream().anyMatch(l -> VietText.startsWithBullet(l.text()));
        List<Found<String>> items = new ArrayList<>();
        for (DocumentLine line : lines) {
            boolean continues = bulleted && !VietText.startsWithBullet(line.text()) && !items.isEmpty();
            if (continues) {
                Found<String> last = items.removeLast();
                items.add(new Found<>(last.value() + " " + line.text().strip(), last.line()));
            } else {
                items.add(new Found<>(VietText.withoutBullet(line.text()), line.number()));
            }
        }
        return items;
    }
}
