package vn.chiso766.reporting.document;

import java.util.List;
import vn.chiso766.domain.report.Signer;

/**
 * The signature block: "KT. CHỦ TỊCH" (signing on behalf), the signer's position ("PHÓ CHỦ TỊCH") and name; or
 * "CHỦ TỊCH" and the name when the chair signs in person. A line in brackets ("(Đã ký)") is not the name.
 */
final class SignerParser {

    private SignerParser() {}

    static boolean startsSignature(DocumentLine line) {
        String folded = VietText.fold(line.text());
        return isAuthority(folded) || folded.equals("chu tich") || isCollective(folded);
    }

    private static boolean isAuthority(String folded) {
        return folded.matches("(kt|tl|tuq|q|tm) .*chu tich.*");
    }

    /** "TM. ỦY BAN NHÂN DÂN" stands above the authority line and is passed over. */
    private static boolean isCollective(String folded) {
        return folded.matches("tm (uy ban nhan dan|ubnd).*");
    }

    static void parse(ExtractionDraft draft) {
        List<DocumentLine> lines = draft.lines.stream()
                .filter(l -> !l.isBlank() && !l.isTableRow())
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            DocumentLine line = lines.get(i);
            String folded = VietText.fold(line.text());
            if (isCollective(folded)) {
                continue;
            }
            if (isAuthority(folded) || folded.equals("chu tich")) {
                read(draft, lines, i, isAuthority(folded));
                return;
            }
        }
        draft.missing(ReportField.SIGNER);
    }

    private static void read(ExtractionDraft draft, List<DocumentLine> lines, int start, boolean onBehalf) {
        DocumentLine first = lines.get(start);
        String authority = onBehalf ? first.text() : "";
        int next = start + 1;
        String position = first.text();
        if (onBehalf) {
            if (next >= lines.size()) {
                draft.problem(first.number(), ProblemType.MISSING_FIELD, ReportField.SIGNER_NAME);
                return;
            }
            position = lines.get(next++).text();
        }
        while (next < lines.size() && lines.get(next).text().startsWith("(")) {
            next++;
        }
        if (next >= lines.size()) {
            draft.problem(first.number(), ProblemType.MISSING_FIELD, ReportField.SIGNER_NAME);
            return;
        }
        draft.signer =
                new Found<>(new Signer(authority, position, lines.get(next).text()), first.number());
    }
}
