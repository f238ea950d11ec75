package vn.chiso766.reporting.export;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * The fonts embedded in every PDF: Liberation Sans and Serif (SIL Open Font License 1.1, which allows embedding),
 * shipped by the openpdf-fonts-extra artifact. They cover Vietnamese (Latin Extended Additional), and Liberation
 * Serif has the metrics of Times New Roman, the font Decree 30/2020/NĐ-CP asks for. Identity-H encoding with
 * embedding (subsetted), so every diacritic is drawn and extracted as written. Parsed once per JVM.
 */
public final class PdfFonts {

    public enum Face {
        SANS("LiberationSans-Regular.ttf"),
        SANS_BOLD("LiberationSans-Bold.ttf"),
        SERIF("LiberationSerif-Regular.ttf"),
        SERIF_BOLD("LiberationSerif-Bold.ttf"),
        SERIF_ITALIC("LiberationSerif-Italic.ttf"),
        SERIF_BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Face(String file) {
            this.file = file;
        }
    }

    private static final BaseFont[] FONTS = new BaseFont[Face.values().length];

    private PdfFonts() {}

    public static synchronized BaseFont base(Face face) {
        if (FONTS[face.ordinal()] == null) {
            FONTS[face.ordinal()] = load(face.file);
        }
        return FONTS[face.ordinal()];
    }

    public static Font font(Face face, float size) {
        return new Font(base(face), size);
    }

    public static Font font(Face face, float size, Color colour) {
        Font font = new Font(base(face), size);
        font.setColor(colour);
        return font;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the class path");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Color colour(String hex) {
        return new Color(Integer.parseInt(hex, 16));
    }
}
