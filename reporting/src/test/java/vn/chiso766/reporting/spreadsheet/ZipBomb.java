package vn.chiso766.reporting.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** A workbook whose first sheet is replaced by a part that inflates to many megabytes of one repeated character. */
final class ZipBomb {

    private ZipBomb() {}

    static byte[] replacingSheet(byte[] workbook, int inflatedBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    writeBomb(zip, inflatedBytes);
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static void writeBomb(ZipOutputStream zip, int inflatedBytes) throws IOException {
        zip.write(
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
                        .getBytes());
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'A');
        for (int written = 0; written < inflatedBytes; written += chunk.length) {
            zip.write(chunk);
        }
        zip.write("</t></is></c></row></sheetData></worksheet>".getBytes());
    }
}
