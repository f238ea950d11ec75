package vn.chiso766.reporting.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: the text of each page, the page sizes and whether every font is embedded. */
public record PdfText(List<String> pages, boolean landscape, boolean fontsEmbedded) {

    public static PdfText of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            PDPage first = document.getPage(0);
            boolean embedded = true;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    embedded &= font.isEmbedded();
                }
            }
            boolean wide = first.getMediaBox().getWidth() > first.getMediaBox().getHeight();
            boolean turned = first.getRotation() % 180 != 0;
            return new PdfText(pages, wide != turned, embedded);
        }
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** The text with every run of white space (line breaks of wrapped cells too) made one space. */
    public String flat() {
        return all().replaceAll("\\s+", " ");
    }
}
