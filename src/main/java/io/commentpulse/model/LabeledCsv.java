package io.commentpulse.model;

import io.commentpulse.score.Sentiment;
import io.commentpulse.io.AtomicOutput;
import io.commentpulse.io.Csv;
import io.commentpulse.io.RaggedRecord;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the canonical labeled CSV ({@code id,text,sentiment,concern[,intensity][,emotions]}; the optional
 * {@code emotions} column carries a source's fine-grained labels for auxiliary training, and the optional
 * {@code soft_concern}, {@code soft_negative}, {@code soft_neutral}, {@code soft_positive} columns a teacher's
 * targets, written by {@code pulse soften}; the optional {@code thread} column names the article or news item a
 * comment answers, for the thread context of concern). Reading is strict
 * and helpful: near-miss labels ("Negative", "pos", 2) are mapped with a warning naming the row, unknown ones and
 * empty texts skip the row with a message, duplicates and conflicting labels for the same text are reported, and
 * a broken file (missing column, malformed quoting) fails with the file and line.
 */
public final class LabeledCsv {
    /** What reading one file gave: the usable rows and the problems seen. */
    public record Result(Path file, List<LabeledExample> rows, int skipped, int mapped, int duplicates,
                         int conflicts, List<String> messages) {
    }

    /** A labeled file that cannot be read at all. */
    public static final class BadFileException extends IOException {
        public BadFileException(String message) {
            super(message);
        }
    }

    private static final int MAX_MESSAGES = 20;

    private LabeledCsv() {
    }

    public static Result read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new BadFileException(file + ": no such file");
        }
        List<LabeledExample> rows = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        int skipped = 0;
        int mapped = 0;
        int duplicates = 0;
        int conflicts = 0;
        int repeatedIds = 0;
        Map<String, LabeledExample> byText = new HashMap<>();
        try (CSVParser p = Csv.parse(file)) {
            // header names as a spreadsheet may write them: "Text", " concern " are text and concern
            Map<String, Integer> header = new java.util.LinkedHashMap<>();
            p.getHeaderMap().forEach((name, i) -> header.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), i));
            for (String n : Csv.header(file).notes()) {
                note(messages, file + ": header: " + n);
            }
            for (String col : List.of("id", "text", "sentiment", "concern")) {
                if (!header.containsKey(col)) {
                    throw new BadFileException(file + ": missing column '" + col + "' (need id,text,sentiment,concern; has "
                            + p.getHeaderNames() + ")");
                }
            }
            Set<String> mappings = new HashSet<>();
            Set<String> ids = new HashSet<>();
            boolean minusOne = usesMinusOne(file);
            boolean hasIntensity = header.containsKey("intensity");
            boolean hasEmotions = header.containsKey("emotions");
            boolean hasThread = header.containsKey(THREAD);
            boolean hasSoft = SOFT_COLUMNS.stream().anyMatch(header::containsKey);
            int width = p.getHeaderNames().size();
            // (a row cut short must keep its labels: what it lost is no label of its own)
            int needed = Math.max(Math.max(header.get("id"), header.get("text")),
                    Math.max(header.get("sentiment"), header.get("concern"))) + 1;
            char delimiter = Csv.delimiter(file);
            Iterator<CSVRecord> it = p.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    rec = it.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new BadFileException(file + ": malformed CSV near line " + p.getCurrentLineNumber() + ": "
                            + Csv.problem(e));
                }
                long row = rec.getRecordNumber() + 1;
                List<String> fields = rec.toList();
                if (rec.size() != width) {
                    // (a text with its own unquoted commas takes the extra fields)
                    RaggedRecord.Fit fit = RaggedRecord.fit(rec, width, header.get("text"), header.get("id"), needed,
                            delimiter);
                    if (fit == null) {
                        skipped++;
                        note(messages, file + ": row " + row + ": expected " + width + " fields, found "
                                + rec.size() + "; skipped");
                        continue;
                    }
                    notice(messages, file + ": row " + row + ": " + fit.note());   // read, not skipped
                    fields = fit.cells();
                }
                String text = Csv.unsafe(cell(fields, header, "text"));
                if (text == null || text.isBlank()) {
                    skipped++;
                    note(messages, file + ": row " + row + ": empty text; skipped");
                    continue;
                }
                String rawS = cell(fields, header, "sentiment").strip();
                Sentiment s = Sentiment.parse(rawS);
                if (s == null && !rawS.isEmpty()) {
                    s = minusOne && numeric(rawS) ? minusOneSentiment(rawS) : nearSentiment(rawS);
                    if (s == null) {
                        skipped++;
                        note(messages, file + ": row " + row + ": unknown sentiment '" + rawS
                                + "' (use negative, neutral or positive); skipped");
                        continue;
                    }
                    mapped++;
                    if (mappings.add("sentiment\u0000" + rawS)) {
                        notice(messages, file + ": row " + row + ": sentiment '" + rawS + "' read as " + s.label()
                                + (numeric(rawS) ? " (numeric codes read as 0 = negative, 1 = neutral, 2 = positive"
                                + (minusOne ? "; this file has -1, so -1 = negative, 0 = neutral, 1 = positive)" : ")") : "")
                                + " (so is every later row with it)");
                    }
                }
                String rawC = cell(fields, header, "concern").strip();
                Integer c = null;
                if (!rawC.isEmpty()) {
                    c = parseConcern(rawC);
                    if (c == null) {
                        skipped++;
                        note(messages, file + ": row " + row + ": unknown concern '" + rawC + "' (use 1, 0 or empty); skipped");
                        continue;
                    }
                    if (!rawC.equals("0") && !rawC.equals("1")) {
                        mapped++;
                        if (mappings.add("concern\u0000" + rawC)) {
                            notice(messages, file + ": row " + row + ": concern '" + rawC + "' read as " + c
                                    + " (so is every later row with it)");
                        }
                    }
                }
                double intensity = Double.NaN;
                if (hasIntensity && !cell(fields, header, "intensity").isBlank()) {
                    try {
                        intensity = Csv.number(cell(fields, header, "intensity"));
                    } catch (NumberFormatException e) {
                        note(messages, file + ": row " + row + ": intensity '" + cell(fields, header, "intensity") + "' is not a number; ignored");
                    }
                }
                if (Csv.hasBadBytes(text)) {
                    note(messages, file + ": row " + row + ": text has bytes that are not UTF-8 (read as U+FFFD); "
                            + "save the file as UTF-8");
                }
                String emotions = hasEmotions ? cell(fields, header, "emotions").strip() : "";
                if (!emotions.isEmpty() && emotions.indexOf(':') <= 0) {
                    note(messages, file + ": row " + row + ": emotions '" + emotions
                            + "' is not scheme:label;label; ignored");
                    emotions = "";
                }
                SoftTargets soft = null;
                if (hasSoft) {
                    try {
                        soft = new SoftTargets(soft(fields, header, "soft_concern"), soft(fields, header, "soft_negative"),
                                soft(fields, header, "soft_neutral"), soft(fields, header, "soft_positive"));
                    } catch (NumberFormatException e) {
                        skipped++;
                        note(messages, file + ": row " + row + ": " + e.getMessage() + "; skipped");
                        continue;
                    }
                    String problem = soft.problem();
                    if (problem != null) {
                        skipped++;
                        note(messages, file + ": row " + row + ": " + problem + "; skipped");
                        continue;
                    }
                    soft = soft.isEmpty() ? null : soft;
                }
                String thread = hasThread ? cell(fields, header, THREAD).strip() : "";
                LabeledExample ex = new LabeledExample(cell(fields, header, "id"), text, s, c, intensity,
                        emotions.isEmpty() ? null : emotions, soft, thread.isEmpty() ? null : thread);
                if (!ex.hasAnyLabel()) {
                    skipped++;
                    note(messages, file + ": row " + row + ": no label; skipped");
                    continue;
                }
                if (!ids.add(ex.id()) && repeatedIds++ == 0) {
                    note(messages, file + ": row " + row + ": id '" + ex.id() + "' was used by an earlier row (both kept; "
                            + "ids should name one comment each)");
                }
                LabeledExample prev = byText.putIfAbsent(text.strip(), ex);
                if (prev != null) {
                    if (prev.sentiment() != ex.sentiment() && prev.sentiment() != null && ex.sentiment() != null
                            || !java.util.Objects.equals(prev.concern(), ex.concern()) && prev.concern() != null
                            && ex.concern() != null) {
                        conflicts++;
                        note(messages, file + ": row " + row + ": same text as id '" + prev.id()
                                + "' with different labels (kept both)");
                    } else {
                        duplicates++;
                    }
                }
                rows.add(ex);
            }
        } catch (UncheckedIOException e) {
            throw new BadFileException(file + ": malformed CSV: " + Csv.problem(e));
        } catch (IllegalArgumentException e) {
            throw new BadFileException(file + ": cannot read header: " + e.getMessage());
        }
        if (duplicates > 0) {
            note(messages, file + ": " + duplicates + " rows repeat an earlier text with the same labels");
        }
        if (repeatedIds > 1) {
            note(messages, file + ": " + repeatedIds + " rows repeat an earlier row's id");
        }
        return new Result(file, rows, skipped, mapped, duplicates, conflicts, messages);
    }

    /** Prints a result's messages (capped) and its one-line summary to {@code err}. */
    public static void report(Result r, PrintStream err) {
        r.messages().forEach(m -> err.println("pulse: " + m));
        err.printf("pulse: %s: %d rows read, %d skipped, %d labels mapped, %d duplicates, %d conflicts%n",
                r.file(), r.rows().size(), r.skipped(), r.mapped(), r.duplicates(), r.conflicts());
    }

    /** The teacher-target columns, in the order they are written. */
    /** The optional column naming a comment's thread (its article or news item). */
    static final String THREAD = "thread";

    static final List<String> SOFT_COLUMNS = List.of("soft_concern", "soft_negative", "soft_neutral", "soft_positive");

    private static double soft(List<String> fields, Map<String, Integer> header, String column) {
        if (!header.containsKey(column) || cell(fields, header, column).isBlank()) {
            return Double.NaN;
        }
        String cell = cell(fields, header, column).strip();
        try {
            double v = Csv.number(cell);
            if (Double.isNaN(v)) {
                throw new NumberFormatException("NaN");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new NumberFormatException(column + " '" + cell + "' is not a number");
        }
    }

    private static String cell(List<String> fields, Map<String, Integer> header, String column) {
        return fields.get(header.get(column));
    }

    private static boolean numeric(String raw) {
        return raw.strip().matches("[-+]?\\d+");
    }

    /** Whether the file codes sentiment as -1 / 0 / 1: some row's sentiment is -1 (a first pass over the column). */
    private static boolean usesMinusOne(Path file) throws IOException {
        try (CSVParser p = Csv.parse(file)) {
            Integer col = null;
            for (Map.Entry<String, Integer> e : p.getHeaderMap().entrySet()) {
                if (e.getKey().strip().equalsIgnoreCase("sentiment")) {
                    col = e.getValue();
                }
            }
            if (col == null) {
                return false;
            }
            for (CSVRecord r : p) {
                if (col < r.size() && r.get(col).strip().equals("-1")) {
                    return true;
                }
            }
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            return false;   // the main pass names what is wrong with the file
        }
        return false;
    }

    private static Sentiment minusOneSentiment(String raw) {
        return switch (Integer.parseInt(raw.strip().replace("+", ""))) {
            case -1 -> Sentiment.NEGATIVE;
            case 0 -> Sentiment.NEUTRAL;
            case 1 -> Sentiment.POSITIVE;
            default -> null;
        };
    }

    /** A notice (a label read another way): never takes the place of a skipped row's message. */
    private static void notice(List<String> messages, String m) {
        if (messages.size() < MAX_MESSAGES / 2) {
            messages.add(m);
        }
    }

    private static void note(List<String> messages, String m) {
        if (messages.size() < MAX_MESSAGES) {
            messages.add(m);
        } else if (messages.size() == MAX_MESSAGES) {
            messages.add("(further messages omitted)");
        }
    }

    static Sentiment nearSentiment(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "negative", "neg", "-1", "0", "n", "bad" -> Sentiment.NEGATIVE;
            case "neutral", "neu", "1", "none", "mixed" -> Sentiment.NEUTRAL;
            case "positive", "pos", "2", "+1", "p", "good" -> Sentiment.POSITIVE;
            default -> null;
        };
    }

    static Integer parseConcern(String raw) {
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "1", "1.0", "true", "yes", "y", "concern", "concerned" -> 1;
            case "0", "0.0", "false", "no", "n", "none" -> 0;
            default -> null;
        };
    }

    /**
     * Writes examples as a canonical CSV (atomically), with the intensity column when {@code withIntensity} and the
     * emotions column when any row has emotion labels, the soft-target columns when any row has soft targets, and the
     * thread column when any row names its thread.
     */
    public static void write(Path file, List<LabeledExample> rows, boolean withIntensity) throws IOException {
        boolean withEmotions = rows.stream().anyMatch(e -> e.emotions() != null);
        List<String> header = new ArrayList<>(List.of("id", "text", "sentiment", "concern"));
        if (withIntensity) {
            header.add("intensity");
        }
        if (withEmotions) {
            header.add("emotions");
        }
        boolean withSoft = rows.stream().anyMatch(e -> e.soft() != null);
        if (withSoft) {
            header.addAll(SOFT_COLUMNS);
        }
        boolean withThread = rows.stream().anyMatch(e -> e.thread() != null);
        if (withThread) {
            header.add(THREAD);
        }
        try (AtomicOutput out = AtomicOutput.open(file);
             CSVPrinter csv = Csv.printer(out.writer(), header.toArray(String[]::new))) {
            for (LabeledExample e : rows) {
                List<String> rec = new ArrayList<>(List.of(Csv.safe(e.id()), Csv.safe(e.text()),
                        e.sentiment() == null ? "" : e.sentiment().label(),
                        e.concern() == null ? "" : e.concern().toString()));
                if (withIntensity) {
                    rec.add(Double.isNaN(e.intensity()) ? "" : stripZeros(e.intensity()));
                }
                if (withEmotions) {
                    rec.add(e.emotions() == null ? "" : e.emotions());
                }
                if (withSoft) {
                    SoftTargets t = e.soft();
                    for (double v : t == null ? new double[]{Double.NaN, Double.NaN, Double.NaN, Double.NaN}
                            : new double[]{t.concern(), t.negative(), t.neutral(), t.positive()}) {
                        rec.add(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.4f", v));
                    }
                }
                if (withThread) {
                    rec.add(e.thread() == null ? "" : Csv.safe(e.thread()));
                }
                csv.printRecord(rec);
            }
            csv.flush();
            out.commit();
        }
    }

    private static String stripZeros(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
