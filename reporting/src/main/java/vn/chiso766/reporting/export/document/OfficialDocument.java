package vn.chiso766.reporting.export.document;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.report.Signer;

/**
 * A document in the layout of Decree 30/2020/NĐ-CP, Appendix I: the issuing body (under its parent body, if any)
 * with the number on the left and the national motto with place and date on the right; the kind ("BÁO CÁO") and
 * title; the body; the recipients on the left and the signature on the right. Rendered alike as DOCX and PDF.
 */
public record OfficialDocument(
        @Nullable String parentBody,
        String issuingBody,
        String number,
        String place,
        LocalDate issuedOn,
        String kind,
        String title,
        List<Block> body,
        List<String> recipients,
        Signer signer) {

    public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_SUB = "Độc lập - Tự do - Hạnh phúc";

    public OfficialDocument {
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }

    /** The body's parts, in order. */
    public sealed interface Block {}

    /** A numbered section heading ("1. Kết quả …"). */
    public record Heading(String text) implements Block {}

    /** A paragraph of running text. */
    public record Text(String text) implements Block {}

    /** Bulleted lines, each written "- …" as administrative documents do. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** A real table: a header row and body rows; {@code widths} are relative column widths. */
    public record Table(List<String> header, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
        }
    }

    /**
     * "Ninh Sơn, ngày 04 tháng 3 năm 2024": days below 10 and the months January and February take a leading zero
     * (Decree 30/2020/NĐ-CP, Appendix I, part II.4).
     */
    public String placeAndDate() {
        int month = issuedOn.getMonthValue();
        return "%s, ngày %02d tháng %s năm %d"
                .formatted(
                        place,
                        issuedOn.getDayOfMonth(),
                        month <= 2 ? "0" + month : Integer.toString(month),
                        issuedOn.getYear());
    }

    /** The same document dated another day. */
    public OfficialDocument withIssuedOn(LocalDate date) {
        return new OfficialDocument(
                parentBody, issuingBody, number, place, date, kind, title, body, recipients, signer);
    }

    /** "Số: …/BC-UBND". */
    public String numberLine() {
        return "Số: " + number;
    }
}
