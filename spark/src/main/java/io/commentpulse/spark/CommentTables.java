package io.commentpulse.spark;

import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.input.FieldMapping;
import io.commentpulse.io.Csv;
import io.commentpulse.score.ScoreColumns;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;

/**
 * Comment tables that already exist (CSV, TSV or Parquet, with {@code id} or {@code comment_id} and {@code text}
 * columns), read by Spark in file order, every cell as a string. CSV is read the way {@code pulse} reads it, which is
 * not Spark's default: RFC 4180 doubled quotes as the escape (Spark's backslash default misreads real comments),
 * quoted newlines kept, no trimming. The scored CSV keeps the input's columns, as {@code pulse score} does: the
 * columns of every table in the order first seen, a table's missing ones empty.
 */
final class CommentTables {
    /**
     * The tables' rows and the scored CSV's header; {@code problems} holds "FILE: reason" for tables left out, and
     * {@code ragged} what was done, once the rows are read, with rows whose field count is not the header's
     * ({@link RaggedRows}).
     */
    record Read(Dataset<Row> rows, List<String> inputColumns, List<String> scoredHeader, int textColumn,
                RaggedRows.Said ragged) {
    }

    private CommentTables() {
    }

    static boolean isTable(String path) {
        String n = path.toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".parquet");
    }

    /**
     * {@code given} names the columns the user named ({@code --text-column} …; the others guessed), {@code order} reads
     * ambiguous numeric dates: a CSV is mapped as pulse maps it with the same options.
     */
    static Read read(SparkSession spark, List<String> inputs, java.time.ZoneId zone, FieldMapping given,
                     DataTimestamps.DateOrder order, List<String> problems) {
        Dataset<Row> all = null;
        RaggedRows.Said ragged = RaggedRows.Said.open(spark.sparkContext());
        int table = 0;
        for (String f : files(spark, inputs, problems)) {
            try {
                int index = table++;
                Dataset<Row> df = columns(one(spark, f, index, given, ragged), f, index, zone, given, order, ragged,
                        problems);
                if (df != null) {
                    // tables whose columns differ are all kept, as pulse score keeps them: every column in the order
                    // first seen, a row's missing ones empty
                    all = all == null ? df : all.unionByName(df, true);
                }
            } catch (RuntimeException e) {
                problems.add(f + ": cannot read: " + firstLine(e.getMessage()));
            }
        }
        if (all == null) {
            return null;
        }
        List<String> cols = List.of(all.columns());
        List<String> out = new ArrayList<>(cols);
        for (int i = 0; i < out.size(); i++) {
            if (ScoreColumns.HEADER.contains(out.get(i))) {
                out.set(i, "input_" + out.get(i));
            }
        }
        out.addAll(ScoreColumns.HEADER);
        return new Read(all, cols, out, cols.indexOf("text"), ragged);
    }

    /** Whether a table of these column names is mapped: {@code given} names a column, or its own names need it. */
    private static boolean mapped(FieldMapping given, java.util.Collection<String> names) {
        return given.named() || FieldMapping.needsMapping(new java.util.LinkedHashSet<>(names));
    }

    /**
     * {@code df} with the columns pulse scores a table with, every cell a string: a CSV whose id, text, time or article
     * is in a column named otherwise (ID, Text, created_at, article) mapped as pulse maps it, the comments CSV's
     * columns first, times as ISO-8601 in the zone; {@code id} read as {@code comment_id}. Null, with the reason in
     * {@code problems}, for a table without an id and a text. A table is mapped where {@code given} names a column or
     * its own names need it.
     */
    private static Dataset<Row> columns(Dataset<Row> df, String f, int table, java.time.ZoneId zone, FieldMapping given,
                                        DataTimestamps.DateOrder order, RaggedRows.Said ragged, List<String> problems) {
        List<String> names = List.of(df.columns());
        if (mapped(given, names)) {
            if (parquet(f)) {
                // pulse reads no Parquet: such a table is read as it is, which leaves its comments undated or in one
                // article: said, not silently done
                System.err.println("pulse-spark: " + f + ": warning: " + (given.named() ? "--*-column options map CSV "
                        + "tables only" : "its id, text, time or article is in a column named otherwise " + names)
                        + "; a Parquet table is read as it is (id, text, timestamp, article_id)");
            } else {
                io.commentpulse.input.MappedTable t = io.commentpulse.input.MappedTable.of(names, given, zone, order);
                if (!t.hasText()) {
                    problems.add(f + ": no text column among " + names);
                    return null;
                }
                System.err.println("pulse-spark: " + f + ": fields used: " + t.used());
                StructType mapped = new StructType();
                for (String c : t.columns()) {
                    mapped = mapped.add(c, DataTypes.StringType);
                }
                // (a CSV is one partition, read in order: its rows are numbered as pulse numbers them)
                df = df.mapPartitions(new MappedRows(t, f, table, ragged), Encoders.row(mapped));
                names = t.columns();
            }
        }
        if (!(names.contains("id") || names.contains("comment_id")) || !names.contains("text")) {
            problems.add(f + ": needs id (or comment_id) and text columns, has " + names);
            return null;
        }
        Column[] asText = names.stream().map(n -> col("`" + n + "`").cast("string")).toArray(Column[]::new);
        df = df.select(asText);
        if (!names.contains("comment_id")) {
            df = df.withColumnRenamed("id", "comment_id");
        }
        return df;
    }

    private static boolean parquet(String f) {
        return f.toLowerCase(Locale.ROOT).endsWith(".parquet") || f.contains(".parquet/");
    }

    /**
     * The table files in order: each input as given, and a folder (a table Spark or another tool wrote as part
     * files) as its files sorted by name, so that every file is read whole and in turn.
     */
    private static List<String> files(SparkSession spark, List<String> inputs, List<String> problems) {
        List<String> out = new ArrayList<>();
        for (String in : inputs) {
            try {
                org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(in);
                org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
                if (!fs.getFileStatus(p).isDirectory()) {
                    out.add(in);
                    continue;
                }
                List<String> parts = new ArrayList<>();
                for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(p)) {
                    String name = st.getPath().getName();
                    if (st.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
                        parts.add(in.replaceFirst("/+$", "") + "/" + name);
                    }
                }
                parts.sort(null);
                out.addAll(parts);
            } catch (java.io.IOException | RuntimeException e) {
                problems.add(in + ": cannot read: " + firstLine(e.getMessage()));
            }
        }
        return out;
    }

    /** One table, its rows in file order; a CSV's ragged rows read as pulse reads them ({@link RaggedRows}). */
    private static Dataset<Row> one(SparkSession spark, String f, int table, FieldMapping given, RaggedRows.Said ragged) {
        if (parquet(f)) {
            // Spark reads a file's row groups as splits it orders by size; the row index puts them back in order
            return spark.read().parquet(f).select(col("*"), col("_metadata.row_index").as("__pulse_row"))
                    .orderBy("__pulse_row").drop("__pulse_row");
        }
        // as pulse reads it: the delimiter its header uses (a spreadsheet's semicolon, a tab), UTF-16 by its mark
        Csv.Dialect dialect;
        io.commentpulse.io.CsvHeader named;
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(f);
            org.apache.hadoop.fs.FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            dialect = Csv.dialect(fs.open(p));
            // its columns named as pulse names them: one without a name, or with another's, renamed (not as Spark
            // renames them, which would lose the text column of a table that names two columns "text")
            named = Csv.header(fs.open(p), dialect);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        named.notes().forEach(n -> System.err.println("pulse-spark: " + f + ": header: " + n));
        char sep = dialect.delimiter();
        String encoding = dialect.utf16() ? "UTF-16" : "UTF-8";
        String[] names = named.names().toArray(String[]::new);
        StructType plain = new StructType();
        for (String n : names) {
            plain = plain.add(n, DataTypes.StringType);
        }
        // the text and id as pulse finds them: "text" and the later of "id" and "comment_id", or, in a table it maps,
        // the columns named otherwise ("Text", "ID")
        java.util.Set<String> header = new java.util.LinkedHashSet<>(List.of(names));
        FieldMapping m = given.completedFrom(header);
        boolean mapped = mapped(given, header);
        String textName = mapped ? m.text() : "text";
        String idName = mapped ? m.id() : List.of(names).indexOf("id") > List.of(names).indexOf("comment_id") ? "id"
                : "comment_id";
        if (textName.isEmpty()) {
            return csv(spark, sep, encoding).schema(plain).csv(f); // said by the caller
        }
        // a row whose field count is not the header's comes with its whole record in the last column
        Dataset<Row> rows = csv(spark, sep, encoding).schema(plain.add(RaggedRows.RAW, DataTypes.StringType))
                .option("columnNameOfCorruptRecord", RaggedRows.RAW).csv(f);
        return rows.mapPartitions(new RaggedRows(f, table, List.of(names), textName, idName, sep, ragged), Encoders.row(plain));
    }

    /** Spark's CSV reader set to read as pulse reads. */
    private static org.apache.spark.sql.DataFrameReader csv(SparkSession spark, char sep, String encoding) {
        // multiLine keeps a file in one split, so its rows stay in order
        return spark.read()
                .option("header", "true")
                .option("sep", String.valueOf(sep))
                .option("quote", "\"")
                .option("escape", "\"")
                .option("multiLine", "true")
                .option("ignoreLeadingWhiteSpace", "false")
                .option("ignoreTrailingWhiteSpace", "false")
                .option("inferSchema", "false")
                .option("mode", "PERMISSIVE")
                .option("encoding", encoding);
    }

    /** A row's cells as {@code pulse score} writes them (neutralised), its text as {@code pulse score} scores it. */
    static List<String> cells(Row r, int n) {
        List<String> cells = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String v = r.isNullAt(i) ? "" : r.getString(i);
            cells.add(Csv.safe(Csv.unsafe(v)));
        }
        return cells;
    }

    static String text(Row r, int textColumn) {
        return r.isNullAt(textColumn) ? "" : Csv.unsafe(r.getString(textColumn));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
