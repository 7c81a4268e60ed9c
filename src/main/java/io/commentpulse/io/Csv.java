package io.commentpulse.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The project's CSV dialect (RFC 4180, header row, UTF-8): reading what spreadsheets save (byte-order mark, semicolons,
 * decimal commas, other encodings) and writing cells a spreadsheet will not run as formulas.
 */
public final class Csv {
    /** Format for reading: header from the first row, blank lines skipped, values trimmed of nothing. */
    public static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(false)
            .build();

    private static final String DELIMITERS = ",;\t";
    private static final int HEADER_PEEK = 8192;

    private Csv() {
    }

    /**
     * Opens a UTF-8 text file for reading, skipping the byte-order mark a spreadsheet's "CSV UTF-8" export puts first
     * (otherwise the first column would be named {@code \uFEFFid}). Bytes that are not UTF-8 (a file saved as
     * Windows-1252, say) are read as U+FFFD rather than ending the read, so every row is still read and the callers
     * can name the rows that have them ({@link #hasBadBytes}). A file that opens with a UTF-16 byte-order mark (a
     * spreadsheet's "Unicode text") is read as UTF-16.
     */
    public static BufferedReader open(Path file) throws IOException {
        // a spreadsheet's "Unicode text" is UTF-16 with its byte-order mark: read as what it is, not as garbled UTF-8
        BOMInputStream in = BOMInputStream.builder().setPath(file).setByteOrderMarks(ByteOrderMark.UTF_8,
                ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        String bom = in.getBOMCharsetName();
        return new BufferedReader(new InputStreamReader(in,
                bom == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(bom)));
    }

    /**
     * Parses a CSV file with a header row in the project's dialect, except that the delimiter is the one its header
     * line uses: a comma, or the semicolon (or tab) of a spreadsheet saved in a locale whose decimal mark is a comma.
     * Opens the file as {@link #open} does; closing the parser closes the file.
     */
    public static CSVParser parse(Path file) throws IOException {
        CsvHeader header = header(file);
        BufferedReader r = open(file);
        try {
            CSVFormat format = format(r);
            // a column without a name, or with another's, is read under a name of its own (CsvHeader)
            return (header.renamed() ? format.builder().setHeader(header.names().toArray(String[]::new)).build() : format)
                    .parse(r);
        } catch (IOException | RuntimeException e) {
            r.close();
            throw e;
        }
    }

    /**
     * The header of a CSV file as {@link #parse} reads it: its columns' names, each column with a name of its own,
     * and what was renamed.
     */
    public static CsvHeader header(Path file) throws IOException {
        try (BufferedReader r = open(file)) {
            return CsvHeader.of(firstRecord(r, format(r)));
        }
    }

    /** The format a file opened by {@link #open} is read in (its delimiter); {@code r} is left at its start. */
    private static CSVFormat format(BufferedReader r) throws IOException {
        r.mark(HEADER_PEEK);
        char[] buf = new char[HEADER_PEEK];
        int n = r.read(buf, 0, buf.length);
        r.reset();
        char d = n <= 0 ? ',' : delimiterOf(new String(buf, 0, n));
        return d == ',' ? READ : READ.builder().setDelimiter(d).build();
    }

    /** The header of the CSV whose bytes {@code in} gives, written in {@code dialect}, as {@link #parse} reads it. */
    public static CsvHeader header(java.io.InputStream in, Dialect dialect) throws IOException {
        try (java.io.InputStream raw = in;
             BOMInputStream b = BOMInputStream.builder().setInputStream(raw).setByteOrderMarks(ByteOrderMark.UTF_8,
                     ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
             BufferedReader r = new BufferedReader(new InputStreamReader(b, dialect.charset()))) {
            return CsvHeader.of(firstRecord(r, READ.builder().setDelimiter(dialect.delimiter()).build()));
        }
    }

    /** The first record {@code format} reads from {@code r}, its header row; empty for an empty file. */
    private static List<String> firstRecord(java.io.Reader r, CSVFormat format) throws IOException {
        // the header row as a record: a parser given a header refuses a blank name and keeps one of two alike
        CSVParser p = format.builder().setHeader((String[]) null).setSkipHeaderRecord(false).build().parse(r);
        java.util.Iterator<org.apache.commons.csv.CSVRecord> it = p.iterator();
        return it.hasNext() ? it.next().toList() : List.of();
    }

    /** The delimiter of a CSV file, as {@link #parse} reads it: a comma, a semicolon or a tab. */
    public static char delimiter(Path file) throws IOException {
        return dialect(java.nio.file.Files.newInputStream(file)).delimiter();
    }

    /** How a CSV is written, as {@link #parse} reads it: its charset (UTF-8 but for a UTF-16 byte-order mark) and delimiter. */
    public record Dialect(java.nio.charset.Charset charset, char delimiter) {
        public boolean utf16() {
            return charset.name().startsWith("UTF-16");
        }
    }

    /** The dialect of the CSV whose bytes {@code in} gives (read up to 8 KB, then closed). */
    public static Dialect dialect(java.io.InputStream in) throws IOException {
        try (java.io.InputStream raw = in;
             BOMInputStream b = BOMInputStream.builder().setInputStream(raw).setByteOrderMarks(ByteOrderMark.UTF_8,
                     ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get()) {
            String bom = b.getBOMCharsetName();
            java.nio.charset.Charset cs = bom == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(bom);
            char[] buf = new char[HEADER_PEEK];
            int n = new InputStreamReader(b, cs).read(buf, 0, buf.length);
            return new Dialect(cs, n <= 0 ? ',' : delimiterOf(new String(buf, 0, n)));
        }
    }

    /** The delimiter of a CSV whose text starts with {@code start}: the most frequent of , ; and tab on its first line. */
    static char delimiterOf(String start) {
        int[] count = new int[3];
        boolean quoted = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                int k = DELIMITERS.indexOf(c);
                if (k >= 0) {
                    count[k]++;
                }
            }
        }
        int best = 0;
        for (int k = 1; k < count.length; k++) {
            if (count[k] > count[best]) {
                best = k;
            }
        }
        return DELIMITERS.charAt(best);
    }

    /**
     * A number cell, accepting the decimal comma a spreadsheet writes in locales that use one ("0,8863").
     *
     * @throws NumberFormatException when it is not a number
     */
    public static double number(String cell) {
        String s = cell.strip();
        return Double.parseDouble(s.indexOf(',') >= 0 && s.indexOf('.') < 0 ? s.replace(',', '.') : s);
    }

    /** Whether a cell read by {@link #open} held bytes that are not UTF-8 (it then contains U+FFFD). */
    public static boolean hasBadBytes(String cell) {
        return cell.indexOf('\uFFFD') >= 0;
    }

    /** Opens a printer that writes {@code header} first. */
    public static CSVPrinter printer(Writer out, String... header) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator("\n").build().print(out);
    }

    /**
     * Neutralises a cell a spreadsheet would run as a formula (leading =, +, -, @, tab, CR) by prefixing a
     * single quote. Numbers such as "-0.5" are left alone, since they are data, not formulas.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        value = ControlChars.strip(value);
        if (value.isEmpty()) {
            return value;
        }
        char c = value.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            if ((c == '-' || c == '+') && isNumber(value)) {
                return value;
            }
            return "'" + value;
        }
        return value;
    }

    /** Undoes {@link #safe} for a value read back from a CSV this project wrote. */
    public static String unsafe(String value) {
        if (value != null && value.length() > 1 && value.charAt(0) == '\'') {
            char c = value.charAt(1);
            if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
                return value.substring(1);
            }
        }
        return value;
    }

    /** What went wrong reading a CSV, without the exception wrappers Commons CSV puts around it. */
    public static String problem(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
