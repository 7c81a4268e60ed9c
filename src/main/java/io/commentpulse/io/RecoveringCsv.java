package io.commentpulse.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads a CSV file ({@link Csv#parse}'s dialect) record by record and recovers from a malformed record (a stray or
 * unterminated quote) at the next line: the bad record is reported with the line it starts on and skipped, and every
 * later record is still read. A plain parser stops at the first such record, and an unterminated quote would
 * swallow the rest of the file.
 */
public final class RecoveringCsv implements Closeable, Iterable<RecoveringCsv.Row> {
    /** A record and the line of the file it starts on (1-based; the header is line 1). */
    public record Row(long line, CSVRecord record) {
    }

    /** Told of each malformed record: the line it starts on and what is wrong. */
    @FunctionalInterface
    public interface Problems {
        void malformed(long line, String problem);
    }

    private final Path file;
    private final Problems problems;
    private final List<String> header;
    private final List<String> headerNotes;
    private final CSVFormat format;
    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long offset; // lines of the file before the current parser's first line
    private long nextStart;

    private RecoveringCsv(Path file, Problems problems) throws IOException {
        this.file = file;
        this.problems = problems;
        this.headerNotes = Csv.header(file).notes();
        this.parser = Csv.parse(file);
        this.header = List.copyOf(parser.getHeaderNames());
        char delimiter = Csv.delimiter(file);
        this.format = Csv.READ.builder().setDelimiter(delimiter).setHeader(header.toArray(String[]::new))
                .setSkipHeaderRecord(false).build();
        this.records = parser.iterator();
        this.nextStart = parser.getCurrentLineNumber() + 1;
    }

    public static RecoveringCsv open(Path file, Problems problems) throws IOException {
        return new RecoveringCsv(file, problems);
    }

    /** Whether the row has more or fewer fields than the header. */
    public boolean ragged(Row row) {
        return row.record().size() != header.size();
    }

    /** The columns' names, each column's own ({@link CsvHeader}: one without a name, or with another's, renamed). */
    public List<String> header() {
        return header;
    }

    /** The header's columns that were renamed, one line each ({@link CsvHeader#notes}). */
    public List<String> headerNotes() {
        return headerNotes;
    }

    /**
     * A row with more or fewer fields than the header, read as {@link RaggedRecord} reads it (the text column takes
     * extra fields; missing last cells are empty when the first {@code needed} columns are there and the id in
     * {@code idColumn} reads as one), or null. A row is ragged when its size differs from the header's (which counts
     * a repeated column name as often as it stands, unlike {@link CSVRecord#isConsistent}).
     */
    public RaggedRecord.Fit fit(Row row, int textColumn, int idColumn, int needed) {
        return RaggedRecord.fit(row.record(), header.size(), textColumn, idColumn, needed,
                format.getDelimiterString().charAt(0));
    }

    @Override
    public Iterator<Row> iterator() {
        return new Iterator<>() {
            private Row next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = null;
                return r;
            }
        };
    }

    private Row advance() {
        while (true) {
            long start = nextStart;
            try {
                if (!records.hasNext()) {
                    return null;
                }
                CSVRecord r = records.next();
                nextStart = offset + parser.getCurrentLineNumber() + 1;
                return new Row(start, r);
            } catch (UncheckedIOException | IllegalStateException e) {
                // the parser's own "at line: N" counts from where it was restarted; the line given is the file's
                problems.malformed(start, Csv.problem(e).replaceAll(" at line: \\d+, position: \\d+", ""));
                restartAfter(start);
            }
        }
    }

    /** A new parser from the line after {@code line}, with the same header and delimiter. */
    private void restartAfter(long line) {
        try {
            parser.close();
            BufferedReader r = Csv.open(file);
            for (long i = 0; i < line; i++) {
                if (r.readLine() == null) {
                    break;
                }
            }
            offset = line;
            parser = format.parse(r);
            records = parser.iterator();
            nextStart = line + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
