package io.commentpulse.model;

import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Tab-separated files without quoting (tweets contain bare quotes), read with Commons CSV. */
final class Tsv {
    private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
            .setTrim(false).setIgnoreEmptyLines(true).build();

    private Tsv() {
    }

    static List<CSVRecord> read(Path file, boolean header) throws IOException {
        try (Reader r = Csv.open(file);
             CSVParser p = (header ? FORMAT.builder().setHeader().setSkipHeaderRecord(true).build() : FORMAT).parse(r)) {
            return new ArrayList<>(p.getRecords());
        }
    }
}
