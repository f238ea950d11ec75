package vn.chiso766.reporting.export;

import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Draws a running header (lines of text above the margin, none when empty) and "Trang 3/12" below it on every
 * page. The total is unknown until the end, so each page shows a template that is filled when the document closes.
 */
public final class PageNumbers extends PdfPageEventHelper {

    private static final float SIZE = 9;
    private final List<String> header;
    private final boolean boldFirstLine;
    private PdfTemplate total;

    public PageNumbers(List<String> header, boolean boldFirstLine) {
        this.header = List.copyOf(header);
        this.boldFirstLine = boldFirstLine;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 14);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float y = page.getTop() - 22;
        for (int i = 0; i < header.size(); i++) {
            PdfFonts.Face face = i == 0 && boldFirstLine ? PdfFonts.Face.SANS_BOLD : PdfFonts.Face.SANS;
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_LEFT,
                    new Phrase(header.get(i), PdfFonts.font(face, i == 0 ? 11 : SIZE)),
                    document.left(),
                    y,
                    0);
            y -= 13;
        }
        String text = "Trang " + writer.getPageNumber() + "/";
        float width = PdfFonts.base(PdfFonts.Face.SANS).getWidthPoint(text, SIZE);
        float x = document.right() - width - 20;
        float bottom = page.getBottom() + 20;
        canvas.beginText();
        canvas.setFontAndSize(PdfFonts.base(PdfFonts.Face.SANS), SIZE);
        canvas.setTextMatrix(x, bottom);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(total, x + width, bottom);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(PdfFonts.base(PdfFonts.Face.SANS), SIZE);
        total.setTextMatrix(0, 0);
        total.showText(Integer.toString(writer.getPageNumber() - 1));
        total.endText();
    }
}
