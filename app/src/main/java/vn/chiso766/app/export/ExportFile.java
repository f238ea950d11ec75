package vn.chiso766.app.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import vn.chiso766.reporting.export.VietnameseText;

/**
 * A built file and its name: {@code title} says what it holds in Vietnamese ("Xếp hạng Thành phố Tây Ninh
 * 2024-02"); the download offers it as an ASCII name for any client and, per RFC 5987, with its diacritics.
 */
public record ExportFile(byte[] bytes, ExportFormat format, String title) {

    static ExportFile of(ByteArrayOutputStream out, ExportFormat format, String title) {
        return new ExportFile(out.toByteArray(), format, title);
    }

    /** "xep-hang-thanh-pho-tay-ninh-2024-02.xlsx". */
    public String asciiName() {
        return VietnameseText.asciiSlug(title) + "." + format.extension();
    }

    /** "xếp-hạng-thành-phố-tây-ninh-2024-02.xlsx". */
    public String utf8Name() {
        return VietnameseText.slug(title) + "." + format.extension();
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} (RFC 6266 with RFC 5987 encoding). */
    public String contentDisposition() {
        return "attachment; filename=\"" + asciiName() + "\"; filename*=UTF-8''" + encoded(utf8Name());
    }

    private static String encoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (Character.isLetterOrDigit(c) && c < 128 || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }
}
