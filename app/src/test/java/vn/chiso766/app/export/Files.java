package vn.chiso766.app.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Generated files read back the way a tester would: POI, PDFBox, Commons CSV. */
final class Files {

    static final Map<String, String> BANDS =
            Map.of("EXCELLENT", "Xuất sắc", "GOOD", "Tốt", "FAIR", "Khá", "AVERAGE", "Trung bình", "WEAK", "Yếu");

    private Files() {}

    static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static XWPFDocument docx(byte[] bytes) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }

    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument document = docx(bytes);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** The text of each page, white space runs made one space. */
    static List<String> pdfPages(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    static String pdfText(byte[] bytes) throws IOException {
        return String.join(" ", pdfPages(bytes));
    }

    /** RFC 4180 records after the byte order mark. */
    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("No byte order mark");
        }
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    /** A score as the screen shows it in Vietnamese: "84,1", "84,12". */
    static String score(BigDecimal value) {
        return new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN")))
                .format(value);
    }
}
