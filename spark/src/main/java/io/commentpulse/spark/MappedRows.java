package io.commentpulse.spark;

import io.commentpulse.input.MappedTable;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * A comment table whose columns are named otherwise ({@code ID}, {@code Text}, {@code created_at}, {@code article})
 * read on the executors as {@code pulse} reads it ({@link MappedTable}: the comments CSV's columns, times as ISO-8601
 * in the zone, rows without an id numbered), one file per partition, so that rows are numbered as in the file.
 */
final class MappedRows implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final MappedTable table;
    private final String file;
    private final int index;
    private final RaggedRows.Said said;

    MappedRows(MappedTable table, String file, int index, RaggedRows.Said said) {
        this.table = table;
        this.file = file;
        this.index = index;
        this.said = said;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        long[] n = {0, 0};   // rows, time messages kept
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(rows,
                java.util.Spliterator.ORDERED), false).map(r -> {
                    List<String> fields = new ArrayList<>(r.size());
                    for (int i = 0; i < r.size(); i++) {
                        fields.add(r.isNullAt(i) ? "" : r.getString(i));
                    }
                    long row = ++n[0];
                    return RowFactory.create(table.row(fields, row, problem -> {
                        said.times().add(1);
                        if (n[1]++ < RaggedRows.SHOWN) {
                            said.tell(index, row, "time", file + ": row " + row + ": " + problem);
                        }
                    }).toArray());
                }).iterator();
    }
}
