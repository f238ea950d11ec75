package vn.chiso766.reporting.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Text files from ward offices come as UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or in the
 * old Vietnamese Windows code page 1258. Windows-1258 writes tone marks as separate combining characters after
 * the letter, so the text is composed (NFC) afterwards: "ơ" + U+0300 becomes "ờ" and compares equal to UTF-8 text.
 */
final class TextDecoding {

    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private TextDecoding() {}

    record Decoded(String text, String encoding) {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return composed(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return composed(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return composed(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return composed(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return composed(new String(bytes, WINDOWS_1258), "Windows-1258");
        }
    }

    private static Decoded composed(String text, String encoding) {
        return new Decoded(Normalizer.normalize(text, Normalizer.Form.NFC), encoding);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
