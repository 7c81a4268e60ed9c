package io.commentpulse.cli;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pulse score} on a labeled CSV with the shipped model: columns pass through, bad rows are named. */
class ScoreCsvTest {
    @TempDir
    Path dir;

    @Test
    void labeledCsvKeepsItsLabelsBesideTheScores() throws Exception {
        Path in = dir.resolve("labeled.csv");
        Files.writeString(in, """
                id,text,sentiment,concern
                a,"I'm really worried about what this means for my kids, this is scary.",negative,1
                b,"Love this, what a wonderful and fair article!",positive,0
                c,"broken row with too many fields",neutral,0,extra
                d,"=HYPERLINK(""http://x"") the meeting was held on Tuesday.",neutral,0
                """);
        Path out = dir.resolve("scored.csv");
        Object[] r = ExtractBadInputTest.run("score", in.toString(), "--out", out.toString(), "--no-progress");
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("labeled.csv: row 4: expected 4 fields, found 5"), err);
        assertTrue(err.contains("input column sentiment is written as input_sentiment"), err);
        List<CSVRecord> rows;
        List<String> header;
        try (Reader rd = Files.newBufferedReader(out);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(rd)) {
            header = p.getHeaderNames();
            rows = p.getRecords();
        }
        assertEquals(List.of("comment_id", "text", "input_sentiment", "input_concern", "sentiment", "p_negative",
                "p_neutral", "p_positive", "sentiment_score", "concern"), header);
        assertEquals(header.size(), new HashSet<>(header).size());
        assertEquals(List.of("a", "b", "d"), rows.stream().map(x -> x.get("comment_id")).toList());
        assertEquals("negative", rows.get(0).get("input_sentiment"));
        assertEquals("negative", rows.get(0).get("sentiment"));
        assertEquals("positive", rows.get(1).get("sentiment"));
        assertTrue(Double.parseDouble(rows.get(0).get("concern")) > 0.5, rows.get(0).get("concern"));
        assertTrue(Double.parseDouble(rows.get(1).get("concern")) < 0.1, rows.get(1).get("concern"));
        assertTrue(rows.get(2).get("text").startsWith("'=HYPERLINK"), rows.get(2).get("text"));
        for (CSVRecord row : rows) {
            double sum = Double.parseDouble(row.get("p_negative")) + Double.parseDouble(row.get("p_neutral"))
                    + Double.parseDouble(row.get("p_positive"));
            assertEquals(1.0, sum, 0.001);
            assertEquals(Double.parseDouble(row.get("p_positive")) - Double.parseDouble(row.get("p_negative")),
                    Double.parseDouble(row.get("sentiment_score")), 0.0002);
        }
    }
}
