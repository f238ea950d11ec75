package vn.chiso766.reporting.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.jspecify.annotations.Nullable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.chiso766.reporting.spreadsheet.SheetProblem.Kind;

/**
 * The first sheet of an XLSX workbook, streamed (SAX) from a temporary file: a workbook is never held whole in
 * memory. POI's zip guard refuses parts that inflate beyond {@link #MAX_EXPANSION} times their packed size or beyond
 * {@link #MAX_PART_BYTES}, the signs of a zip bomb.
 */
final class XlsxReader {

    /** The inverse of POI's minimum inflate ratio: ordinary sheets pack 5 to 20 times; a bomb thousands of times. */
    static final int MAX_EXPANSION = 100;

    /** One part (a sheet's XML) may unpack to this much; a 10 MB workbook of scores stays far below. */
    static final long MAX_PART_BYTES = 256L * 1024 * 1024;

    static {
        // Global to POI in this JVM: every workbook or document it opens is guarded the same way.
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_EXPANSION);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private XlsxReader() {}

    static RawSheet read(byte[] bytes, int maxRows) {
        ZipCheck.requireCompleteZip(bytes);
        Path temp = null;
        try {
            temp = Files.createTempFile("chiso766-import-", ".xlsx");
            Files.write(temp, bytes);
            return readPackage(temp, maxRows);
        } catch (IOException e) {
            throw problem(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static RawSheet readPackage(Path file, int maxRows) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new SheetProblemException(SheetProblem.file(Kind.NO_SHEET));
            }
            XlsxSheetHandler handler = new XlsxSheetHandler(strings, styles, maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            return new RawSheet(PositionKind.ROW, handler.rows(), List.of());
        } catch (SheetProblemException e) {
            throw e;
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw problem(e);
        }
    }

    /** POI reports a bomb, a truncated part and a foreign zip in many exception types; the message tells them apart. */
    private static SheetProblemException problem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SheetProblemException problem) {
                return problem;
            }
            if (String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return new SheetProblemException(
                        SheetProblem.file(Kind.ZIP_BOMB, MAX_EXPANSION, MAX_PART_BYTES / (1024 * 1024)));
            }
        }
        if (e instanceof InvalidFormatException
                || e instanceof org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException) {
            return new SheetProblemException(SheetProblem.file(Kind.NOT_XLSX, summary(e)));
        }
        return new SheetProblemException(SheetProblem.file(Kind.XLSX_DAMAGED, summary(e)));
    }

    private static String summary(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    private static void deleteQuietly(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temp file left behind is removed with the temp directory; the import's answer matters more.
            }
        }
    }
}
