package io.commentpulse.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.apache.commons.io.input.BOMInputStream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The project's CSV dialect (RFC 4180, header row, UTF-8) and spreadsheet-safe cell writing. */
public final class Csv {
    /** Format for reading: header from the first row, blank lines skipped, values trimmed of nothing. */
    public static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(false)
            .build();

    private Csv() {
    }

    /**
     * Opens a UTF-8 text file for reading, skipping the byte-order mark a spreadsheet's "CSV UTF-8" export puts first
     * (otherwise the first column would be named {@code \uFEFFid}). Bytes that are not UTF-8 (a file saved as
     * Windows-1252, say) are read as U+FFFD rather than ending the read, so every row is still read and the callers
     * can name the rows that have them ({@link #hasBadBytes}).
     */
    public static Reader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(BOMInputStream.builder().setPath(file).get(),
                StandardCharsets.UTF_8));
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
