package io.commentpulse.io;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {
    @TempDir
    Path dir;

    @Test
    void theDelimiterIsTheOneTheHeaderLineUsesOutsideQuotes() {
        assertEquals(',', Csv.delimiterOf("id,text,sentiment,concern\n1;2;3;4;5;6\n"));
        assertEquals(';', Csv.delimiterOf("id;text;sentiment;concern\r\n1,\"a, b\";negative;1"));
        assertEquals('\t', Csv.delimiterOf("id\ttext\n"));
        assertEquals(',', Csv.delimiterOf("id,\"text; or notes; here\"\n"));
        assertEquals(',', Csv.delimiterOf("text\n"), "a single column reads as comma-separated");
        assertEquals(',', Csv.delimiterOf(""));
    }

    @Test
    void aSemicolonSeparatedSpreadsheetExportWithAByteOrderMarkParsesLikeTheCommaForm() throws Exception {
        Path semi = dir.resolve("semi.csv");
        Files.write(semi, ("\uFEFFid;text\r\n1;\"Ich habe Angst; wirklich\"\r\n2;Danke, gut erklärt\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path comma = dir.resolve("comma.csv");
        Files.writeString(comma, "id,text\n1,Ich habe Angst; wirklich\n2,\"Danke, gut erklärt\"\n");
        assertEquals(cells(comma), cells(semi));
        assertEquals(List.of(List.of("1", "Ich habe Angst; wirklich"), List.of("2", "Danke, gut erklärt")), cells(semi));
    }

    /** Each column gets a name of its own, the first of two alike keeps it, and no new name takes an existing one. */
    @Test
    void everyColumnIsReadUnderANameOfItsOwn() throws Exception {
        CsvHeader h = CsvHeader.of(List.of("id", "text", "", "text", "text_2", " ", "column_6", "text"));
        assertEquals(List.of("id", "text", "column_3", "text_3", "text_2", "column_6_2", "column_6", "text_4"), h.names());
        assertEquals(4, h.notes().size());
        assertEquals("column 4 has the name text of column 2: read as text_3", h.notes().get(1));
        assertFalse(CsvHeader.of(List.of("id", "text", "Text")).renamed(), "names differing in case are two names");
        // a semicolon-separated file with a byte-order mark, read as a file and as bytes alike
        Path semi = dir.resolve("semi.csv");
        Files.write(semi, "\uFEFFid;;text;text\r\n1;Ann;\"Ich habe Angst; wirklich\";x\r\n".getBytes(StandardCharsets.UTF_8));
        List<String> names = List.of("id", "column_2", "text", "text_2");
        assertEquals(names, Csv.header(semi).names());
        assertEquals(names, Csv.header(Files.newInputStream(semi), Csv.dialect(Files.newInputStream(semi))).names());
        try (CSVParser p = Csv.parse(semi)) {
            assertEquals(names, p.getHeaderNames());
            CSVRecord r = p.iterator().next();
            assertEquals("Ich habe Angst; wirklich", r.get("text"));
            assertEquals("x", r.get("text_2"));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsReplacementCharacters() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "id,text\n1,caf\u00e9\n2,plain\n".getBytes(StandardCharsets.ISO_8859_1));
        List<List<String>> rows = cells(latin1);
        assertTrue(Csv.hasBadBytes(rows.get(0).get(1)));
        assertFalse(Csv.hasBadBytes(rows.get(1).get(1)));
    }

    private static List<List<String>> cells(Path f) throws Exception {
        try (CSVParser p = Csv.parse(f)) {
            assertEquals(List.of("id", "text"), p.getHeaderNames());
            return p.getRecords().stream().map(CSVRecord::toList).toList();
        }
    }
}
