package vn.chiso766.reporting.spreadsheet;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/**
 * CSV bytes to text. UTF-8 (with or without the byte-order mark Excel writes) is expected. Text that is not
 * UTF-8 is tried as Windows-1258, the code page of Vietnamese Windows, which Excel still uses for "CSV (comma
 * delimited)"; it is read with a warning. Anything else is refused, naming the encoding expected.
 */
final class TextDecoding {

    /** Windows-1258 writes tone marks as separate combining characters; NFC puts them back on their letters. */
    static final Charset WINDOWS_1258 = Charset.forName("windows-1258");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    record Decoded(String text, List<SheetProblem> warnings) {}

    private TextDecoding() {}

    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, (byte) 0xFE, (byte) 0xFF) || startsWith(bytes, (byte) 0xFF, (byte) 0xFE)) {
            throw new SheetProblemException(SheetProblem.file(Kind.UTF16_TEXT));
        }
        if (startsWith(bytes, UTF8_BOM)) {
            try {
                return new Decoded(
                        strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3)), List.of());
            } catch (CharacterCodingException e) {
                throw new SheetProblemException(SheetProblem.file(Kind.BROKEN_UTF8, offset(e, bytes, 3)));
            }
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes)), List.of());
        } catch (CharacterCodingException notUtf8) {
            return windows1258(bytes, notUtf8);
        }
    }

    private static Decoded windows1258(byte[] bytes, CharacterCodingException notUtf8) {
        try {
            String text = strict(WINDOWS_1258, ByteBuffer.wrap(bytes));
            List<SheetProblem> warnings = new ArrayList<>();
            warnings.add(SheetProblem.file(Kind.WINDOWS_1258_DECODED));
            return new Decoded(text, warnings);
        } catch (CharacterCodingException e) {
            int offset = offset(notUtf8, bytes, 0);
            throw new SheetProblemException(SheetProblem.file(
                    Kind.UNKNOWN_ENCODING, "0x" + HexFormat.of().toHexDigits(bytes[offset]), offset));
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(bytes);
        return Normalizer.normalize(chars, Normalizer.Form.NFC);
    }

    /** Where decoding stopped; the decoder does not say, so the longest valid UTF-8 prefix is measured. */
    private static int offset(CharacterCodingException e, byte[] bytes, int start) {
        if (e instanceof MalformedInputException) {
            int valid = start;
            while (valid < bytes.length) {
                int length = sequenceLength(bytes, valid);
                if (length == 0) {
                    return valid;
                }
                valid += length;
            }
        }
        return start;
    }

    /** The length of the UTF-8 sequence starting here, or 0 when the bytes there are not one. */
    private static int sequenceLength(byte[] bytes, int at) {
        int lead = bytes[at] & 0xFF;
        int length = lead < 0x80
                ? 1
                : lead >= 0xC2 && lead < 0xE0
                        ? 2
                        : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0;
        if (length == 0 || at + length > bytes.length) {
            return 0;
        }
        for (int i = 1; i < length; i++) {
            if ((bytes[at + i] & 0xC0) != 0x80) {
                return 0;
            }
        }
        return length;
    }

    private static boolean startsWith(byte[] bytes, byte... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
