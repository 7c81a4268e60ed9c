package io.commentpulse.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;

/** The project's CSV dialect (RFC 4180, header row, UTF-8) and spreadsheet-safe cell writing. */
public final class Csv {
    /** Format for reading: header from the first row, blank lines skipped, values trimmed of nothing. */
    public static final CSVFormat READ = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(false)
            .build();

    private Csv() {
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
