package io.commentpulse.spark;

import io.commentpulse.extract.CommentCsv;
import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.report.Aggregator;
import io.commentpulse.report.BucketSize;
import io.commentpulse.report.ScoredComment;
import io.commentpulse.report.ScoredCsvReader;
import io.commentpulse.report.TimeSpan;
import io.commentpulse.score.ScoreColumns;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The report's aggregates of one partition, built on its executor from the scored rows exactly as {@code pulse
 * report} reads them back from {@code scored.csv} (the same row reader, so the same rounding and the same rules for
 * unscored and bad rows). The driver merges the partitions' aggregates in input order.
 */
final class PartialReport implements Serializable {
    private static final long serialVersionUID = 1L;
    static final List<String> SCORED_HEADER = scoredHeader();

    /** A partition's aggregate, with the rows it had to leave out. */
    record Part(Aggregator aggregate, long badRows, long unscoredRows) implements Serializable {
    }

    private final String zone;
    private final DataTimestamps.DateOrder order;
    private final List<String> header;

    /**
     * {@code header} names the cells of the rows (a scored CSV's columns); {@code order} reads their ambiguous numeric
     * dates.
     */
    PartialReport(ZoneId zone, DataTimestamps.DateOrder order, List<String> header) {
        this.zone = zone.getId();
        this.order = order;
        this.header = List.copyOf(header);
    }

    /** A partition's pages (without their rows; tables' chunks left out) and the span of its comments' times. */
    record Survey(List<PageOutcome> pages, TimeSpan span) implements Serializable {
    }

    Survey survey(Iterator<PageOutcome> pages) {
        List<PageOutcome> heads = new ArrayList<>();
        Iterator<PageOutcome> seen = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pages.hasNext();
            }

            @Override
            public PageOutcome next() {
                PageOutcome p = pages.next();
                if (p.index() >= 0) {
                    heads.add(p.withoutRows());
                }
                return p;
            }
        };
        TimeSpan span = new TimeSpan();
        comments(seen, span::add, new long[2]);
        return new Survey(heads, span);
    }

    Part aggregate(Iterator<PageOutcome> pages, BucketSize bucket, double threshold, int top) {
        Aggregator agg = new Aggregator(bucket, ZoneId.of(zone), threshold, top);
        long[] left = new long[2];
        comments(pages, agg::add, left);
        return new Part(agg, left[0], left[1]);
    }

    /** Every scored row as the report reads it; {@code left[0]} counts bad rows, {@code left[1]} unscored ones. */
    private void comments(Iterator<PageOutcome> pages, Consumer<ScoredComment> sink, long[] left) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(header.get(i), i);
        }
        ZoneId z = ZoneId.of(zone);
        int[] ambiguous = {0};
        while (pages.hasNext()) {
            for (List<String> row : pages.next().rows()) {
                if (ScoreColumns.unscored(c -> cell(row, col, c, ""))) {
                    left[1]++;
                    continue;
                }
                try {
                    sink.accept(ScoredCsvReader.comment(c -> cell(row, col, c, null), z, order, ambiguous));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    left[0]++;
                }
            }
        }
    }

    private static String cell(List<String> row, Map<String, Integer> col, String name, String dflt) {
        Integer i = col.get(name);
        return i == null || i >= row.size() ? dflt : row.get(i);
    }

    private static List<String> scoredHeader() {
        List<String> h = new ArrayList<>(CommentCsv.HEADER);
        h.addAll(ScoreColumns.HEADER);
        return List.copyOf(h);
    }
}
