package io.commentpulse.model;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = (header ? FORMAT.builder().setHeader().setSkipHeaderRecord(true).build() : FORMAT).parse(r)) {
            return new ArrayList<>(p.getRecords());
        }
    }
}
