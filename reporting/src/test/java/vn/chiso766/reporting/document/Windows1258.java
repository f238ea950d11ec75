package vn.chiso766.reporting.document;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;

/**
 * Encodes text as Windows-1258 the way Vietnamese Windows editors wrote it: letters with a circumflex, breve or
 * horn are single bytes, and the tone mark follows as a combining byte ("ờ" = "ơ" + grave). Java's encoder
 * alone cannot, as it knows no composed toned letters.
 */
final class Windows1258 {

    private static final String TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";

    private Windows1258() {}

    static byte[] encode(String text) {
        CharsetEncoder encoder = TextDecoding.WINDOWS_1258.newEncoder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (encoder.canEncode(ch)) {
                out.writeBytes(ch.getBytes(TextDecoding.WINDOWS_1258));
                return;
            }
            String decomposed = Normalizer.normalize(ch, Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            decomposed.chars().forEach(c -> (TONE_MARKS.indexOf(c) >= 0 ? tones : base).append((char) c));
            String letter = Normalizer.normalize(base, Normalizer.Form.NFC) + tones;
            if (!encoder.canEncode(letter)) {
                throw new IllegalArgumentException("Not encodable in Windows-1258: " + ch);
            }
            out.writeBytes(letter.getBytes(TextDecoding.WINDOWS_1258));
        });
        return out.toByteArray();
    }
}
