package vn.chiso766.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    /** Every Vietnamese letter, lower and upper case, precomposed as Unicode NFC writes them. */
    private static final String VIETNAMESE =
            "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợ" + "pqrstuùủũúụưừửữứựvwxyỳỷỹýỵz";

    @Test
    void the_embedded_fonts_have_a_glyph_for_every_vietnamese_letter() {
        String letters = VIETNAMESE + VIETNAMESE.toUpperCase(VietnameseText.VIETNAMESE) + "₫–−—▲▼…";
        assertThat(Normalizer.isNormalized(letters, Normalizer.Form.NFC)).isTrue();
        for (PdfFonts.Face face : PdfFonts.Face.values()) {
            letters.codePoints()
                    .forEach(c -> assertThat(PdfFonts.base(face).charExists(c))
                            .as("%s has %s", face, Character.toString(c))
                            .isTrue());
        }
    }
}
