package io.commentpulse.report;

import io.commentpulse.io.AtomicOutput;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The self-contained {@code report.html}: no scripts, no external resources. Charts are inline SVG with text
 * alternatives; every comment is HTML-escaped.
 */
public final class HtmlReport {
    public static final String FILE = "report.html";
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};
    private static final int MAX_TEXT = 600;

    private HtmlReport() {
    }

    /**
     * Writes the report of {@code agg}, saying under the summary how many rows of the source it leaves out:
     * {@code skipped} whose score could not be read, {@code unscored} with no visible text (each named on stderr when
     * read).
     */
    public static void write(Aggregator agg, Path dir, String source, int skipped, int unscored) throws IOException {
        AtomicOutput.writeString(dir.resolve(FILE), render(agg, source, skipped, unscored));
    }

    static String render(Aggregator agg, String source, int skipped, int unscored) {
        StringBuilder b = new StringBuilder(1 << 16);
        ArticleSummary all = agg.all();
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Reader reaction report</title><style>").append(CSS).append("</style></head><body><main>");
        b.append("<h1>Reader reaction report</h1>");
        long dateOnly = all.dateOnly().values().stream().mapToLong(Tally::comments).sum();
        b.append(String.format(Locale.ROOT, "<p class=\"summary\">%d comments on %d articles (%d undated%s). Mean sentiment "
                        + "score %s (−1 negative … +1 positive); mean concern %s; %s of comments concerned (concern ≥ %.2f). "
                        + "Times in %s, %s buckets. Source: %s.</p>",
                all.total().comments(), agg.articles().size(), all.undated().comments(),
                dateOnly == 0 ? "" : String.format(Locale.ROOT, ", %d dated by day alone", dateOnly), pct(all.total().meanSentiment(), false),
                pct(all.total().meanConcern(), false), pct(all.total().shareConcerned(), true), agg.threshold(), agg.zone(),
                agg.bucket().label(), esc(source)));
        if (skipped + unscored > 0) {
            b.append("<p class=\"summary\"><strong>Not counted:</strong> ")
                    .append(skipped > 0 ? skipped + (skipped == 1 ? " row" : " rows") + " of the source whose score could "
                            + "not be read" : "")
                    .append(skipped > 0 && unscored > 0 ? " and " : "")
                    .append(unscored > 0 ? unscored + (unscored == 1 ? " row" : " rows") + " with no visible text (not "
                            + "scored)" : "")
                    .append("; the run's messages name them.</p>");
        }

        // 1. Volume over time
        List<SvgChart.Point> volume = new ArrayList<>();
        for (Map.Entry<ZonedDateTime, Tally> e : agg.filled(all).entrySet()) {
            volume.add(new SvgChart.Point(e.getKey().toEpochSecond(), e.getValue().comments(),
                    e.getKey().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + ": " + e.getValue().comments() + " comments"));
        }
        b.append("<section><h2>Comment volume over time</h2><figure>");
        b.append(new SvgChart("Comment volume over time", "Comments per " + agg.bucket().label() + " bucket, all articles, "
                + volume.size() + " buckets.", "time (" + agg.zone() + ")", "comments per " + agg.bucket().label())
                .timeAxis(agg.zone(), agg.bucket().length()).integerY()
                .add(new SvgChart.Series("comments", COLORS[0], volume, true)).render("volume"));
        b.append("<figcaption>Bars count comments per ").append(agg.bucket().label())
                .append("; empty buckets between the first and last comment show as gaps at zero.").append(dateOnlyNote(dateOnly, agg))
                .append("</figcaption></figure></section>");

        // 2. Sentiment and concern over time per article
        b.append("<section><h2>Sentiment and concern over time, per article</h2>");
        int n = 0;
        for (ArticleSummary a : agg.articles()) {
            if (a.buckets().isEmpty()) {
                continue;
            }
            List<SvgChart.Point> sent = new ArrayList<>();
            List<SvgChart.Point> conc = new ArrayList<>();
            for (Map.Entry<ZonedDateTime, Tally> e : a.buckets().entrySet()) {
                String when = e.getKey().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                Tally t = e.getValue();
                sent.add(new SvgChart.Point(e.getKey().toEpochSecond(), t.meanSentiment(),
                        when + ": mean sentiment " + fmt(t.meanSentiment()) + " (" + t.comments() + " comments)"));
                conc.add(new SvgChart.Point(e.getKey().toEpochSecond(), t.meanConcern(),
                        when + ": mean concern " + fmt(t.meanConcern()) + " (" + t.comments() + " comments)"));
            }
            b.append("<figure><h3>").append(esc(titleOf(a))).append("</h3>");
            // two small charts, each on its own scale: on a shared −1…1 axis concern (0…1) hugged zero
            b.append(new SvgChart("Sentiment over time: " + titleOf(a), "Mean sentiment score (−1 to 1) per "
                    + agg.bucket().label() + " for this article, " + sent.size() + " buckets with comments.",
                    "time (" + agg.zone() + ")", "mean sentiment (−1…1)").yRange(-1, 1).timeAxis(agg.zone(), agg.bucket().length())
                    .add(new SvgChart.Series("mean sentiment score", COLORS[0], sent, false)).render("article-" + n + "-sentiment"));
            b.append(new SvgChart("Concern over time: " + titleOf(a), "Mean concern (0 to 1) per "
                    + agg.bucket().label() + " for this article, " + conc.size() + " buckets with comments.",
                    "time (" + agg.zone() + ")", "mean concern (0…1)").yRange(0, 1).timeAxis(agg.zone(), agg.bucket().length())
                    .add(new SvgChart.Series("mean concern", COLORS[1], conc, false)).render("article-" + n++ + "-concern"));
            b.append("</figure>");
        }
        if (n == 0) {
            b.append("<p class=\"empty\">No dated comments.</p>");
        }
        b.append("</section>");

        // 3. Reaction by hours since publication
        SvgChart since = new SvgChart("Concern by hours since publication", "Mean concern per bucket against hours after the "
                + "article was published, one line per article with a publish time.", "hours since published", "mean concern")
                .yRange(0, 1);
        // One distinct colour per line: only the articles with most comments are drawn (the table lists them all);
        // the hours axis is clipped at the 95th percentile, so one late straggler does not squash the rest left.
        List<ArticleSummary> dated = agg.articles().stream().filter(a -> a.publishedAtKnownTime() && !a.buckets().isEmpty())
                .sorted(java.util.Comparator.comparingLong((ArticleSummary a) -> a.total().comments()).reversed()).toList();
        List<ArticleSummary> drawn = dated.subList(0, Math.min(COLORS.length, dated.size()));
        List<Double> hours = new ArrayList<>();
        for (ArticleSummary a : drawn) {
            for (ZonedDateTime t : a.buckets().keySet()) {
                hours.add(hoursAfter(a, t));
            }
        }
        hours.sort(null);
        double clip = hours.isEmpty() ? 0 : hours.get((int) Math.ceil(0.95 * hours.size()) - 1);
        int clipped = 0;
        int early = 0;
        int k = 0;
        for (ArticleSummary a : drawn) {
            List<SvgChart.Point> pts = new ArrayList<>();
            for (Map.Entry<ZonedDateTime, Tally> e : a.buckets().entrySet()) {
                double h = hoursAfter(a, e.getKey());
                if (h > clip) {
                    clipped++;
                    continue;
                }
                early += h < 0 ? 1 : 0;
                pts.add(new SvgChart.Point(h, e.getValue().meanConcern(), String.format(Locale.ROOT, "%s: %.1f h after publication, "
                        + "mean concern %.2f (%d comments)", titleOf(a), h, e.getValue().meanConcern(), e.getValue().comments())));
            }
            since.add(new SvgChart.Series(titleOf(a), COLORS[k++], pts, false));
        }
        b.append("<section><h2>Reaction by hours since publication</h2><figure>");
        long dayPublished = agg.articles().stream()
                .filter(a -> a.publishedDateOnly() && !(a.buckets().isEmpty() && a.dateOnly().isEmpty())).count();
        b.append(k == 0 ? "<p class=\"empty\">No article with both a publish time and dated comments.</p>" : since.render("since"));
        if (k > 0 || dayPublished > 0) {
            b.append("<figcaption>");
            if (dayPublished > 0) {
                b.append(String.format(Locale.ROOT, "%d %s only the date of publication, so no hours can be counted from "
                        + "it: not drawn (days since publication are in reaction-by-time.csv and reaction-by-article.csv). ",
                        dayPublished, dayPublished == 1 ? "article gives" : "articles give"));
            }
            if (dated.size() > drawn.size()) {
                b.append(String.format(Locale.ROOT, "The %d articles with most comments; %d more are in the table below. ",
                        drawn.size(), dated.size() - drawn.size()));
            }
            if (clipped > 0) {
                b.append(String.format(Locale.ROOT, "Hours axis cut at %.0f h (95%% of buckets); %d later buckets are not "
                        + "drawn. ", clip, clipped));
            }
            if (early > 0) {
                b.append(String.format(Locale.ROOT, "Note: %d buckets lie before their article's publish time (a wrong "
                        + "publish date, or relative times such as \"3 hours ago\" read against it).", early));
            }
            b.append("</figcaption>");
        }
        b.append("</figure></section>");

        // 4. Articles side by side
        b.append("<section><h2>Articles side by side</h2><table class=\"articles\"><thead><tr><th scope=\"col\">Article</th>"
                + "<th scope=\"col\">Published</th><th scope=\"col\">Comments</th><th scope=\"col\">Mean sentiment (−1…1)</th>"
                + "<th scope=\"col\">Mean concern (0…1)</th><th scope=\"col\">Concerned</th><th scope=\"col\">Median delay</th></tr></thead><tbody>");
        long maxComments = Math.max(1, agg.articles().stream().mapToLong(a -> a.total().comments()).max().orElse(1));
        for (ArticleSummary a : agg.articles()) {
            Tally t = a.total();
            b.append("<tr class=\"article\"><th scope=\"row\">").append(esc(titleOf(a))).append("<div class=\"src\">")
                    .append(esc(a.sourceFile)).append("</div></th><td>")
                    .append(a.published() == null ? "—" : a.publishedDateOnly() ? esc(a.published().toLocalDate().toString())
                            : esc(a.published().atZoneSameInstant(agg.zone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH))))
                    .append("</td><td>").append(bar(t.comments(), maxComments, COLORS[0], Long.toString(t.comments())))
                    .append("</td><td>").append(t.comments() == 0 ? "—" : signedBar(t.meanSentiment()))
                    .append("</td><td>").append(t.comments() == 0 ? "—" : bar(t.meanConcern(), 1, COLORS[1], fmt(t.meanConcern())))
                    .append("</td><td>").append(t.comments() == 0 ? "—" : pct(t.shareConcerned(), true))
                    .append("</td><td>").append(delay(a))
                    .append("</td></tr>");
        }
        b.append("</tbody></table></section>");

        // 5. Top comments
        table(b, "Most concerned comments", agg.mostConcerned(), agg, String.format(Locale.ROOT,
                "No comment has concern at or above the threshold (%.2f).", agg.threshold()), ScoredComment::concernBecause);
        table(b, "Most negative comments", agg.mostNegative(), agg, "No comment reads as negative.",
                ScoredComment::sentimentBecause);
        table(b, "Most positive comments", agg.mostPositive(), agg, "No comment reads as positive.",
                ScoredComment::sentimentBecause);
        Drivers.articleWords(b, agg);
        b.append("<footer><p>Generated by CommentPulse. Sentiment score = p(positive) − p(negative); concern = model "
                + "probability that the reader expresses worry, fear, alarm or pessimism.</p></footer></main></body></html>\n");
        return SvgChart.sharedStyles(b.toString());
    }

    private static void table(StringBuilder b, String title, List<ScoredComment> rows, Aggregator agg, String none,
                              java.util.function.Function<ScoredComment, String> because) {
        b.append("<section><h2>").append(esc(title)).append("</h2>");
        if (rows.isEmpty()) {
            b.append("<p class=\"empty\">").append(esc(none)).append("</p></section>");
            return;
        }
        if (rows.stream().anyMatch(c -> !because.apply(c).isEmpty())) {
            b.append(Drivers.LEGEND);
        }
        b.append("<table class=\"comments\"><thead><tr><th scope=\"col\">Comment</th><th scope=\"col\">Author</th>"
                + "<th scope=\"col\">Time</th><th scope=\"col\">Article</th><th scope=\"col\">Sentiment</th><th scope=\"col\">Concern</th></tr></thead><tbody>");
        for (ScoredComment c : rows) {
            String text = c.text().length() > MAX_TEXT ? c.text().substring(0, MAX_TEXT) + "…" : c.text();
            b.append("<tr><td class=\"text\" dir=\"auto\">").append(Drivers.highlight(text, because.apply(c))).append("</td><td dir=\"auto\">").append(esc(c.author()))
                    .append("</td><td>").append(c.timestamp() == null ? esc(c.timestampRaw().isEmpty() ? "undated" : c.timestampRaw())
                            : c.dateOnly() ? esc(c.timestamp().toLocalDate().toString())
                            : esc(c.timestamp().atZoneSameInstant(agg.zone()).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH))))
                    .append("</td><td>").append(esc(c.title().isEmpty() ? c.articleId() : c.title()))
                    .append("</td><td>").append(esc(c.sentiment())).append(" (").append(fmt(c.sentimentScore())).append(")")
                    .append("</td><td>").append(fmt(c.concern())).append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }

    private static String bar(double v, double max, String color, String label) {
        double w = Math.max(0, Math.min(1, v / max)) * 100;
        return String.format(Locale.ROOT, "<span class=\"bar\"><span style=\"width:%.1f%%;background:%s\"></span></span> %s", w, color, esc(label));
    }

    private static String signedBar(double v) {
        String color = v < 0 ? COLORS[1] : COLORS[2];
        return String.format(Locale.ROOT, "<span class=\"bar signed\"><span style=\"left:%.1f%%;width:%.1f%%;background:%s\"></span></span> %s",
                v < 0 ? 50 + v * 50 : 50, Math.abs(v) * 50, color, fmt(v));
    }

    /**
     * The median delay from publication to comment: in hours where the article and its comments give times of day,
     * else in calendar days.
     */
    private static String delay(ArticleSummary a) {
        if (!Double.isNaN(a.medianDelayHours())) {
            return fmt(a.medianDelayHours()) + " h";
        }
        double days = a.medianDelayDays();
        return Double.isNaN(days) ? "—" : String.format(Locale.ROOT, "%s day%s", days % 1 == 0 ? Long.toString((long) days)
                : String.format(Locale.ROOT, "%.1f", days), days == 1 ? "" : "s");
    }

    /** What the charts by time leave out of comments that give their date alone, or "". */
    private static String dateOnlyNote(long dateOnly, Aggregator agg) {
        return dateOnly == 0 ? "" : String.format(Locale.ROOT, " %d %s only a date, no time of day: not in the %s buckets "
                + "(reaction-by-time.csv counts them per day in its \"%s\" rows).", dateOnly,
                dateOnly == 1 ? "comment gives" : "comments give", agg.bucket().label(), ReactionTables.DATE_ONLY);
    }

    /** Hours from the article's publication to the start of bucket {@code t}. */
    private static double hoursAfter(ArticleSummary a, ZonedDateTime t) {
        return Duration.between(a.published(), t.toOffsetDateTime()).toMinutes() / 60.0;
    }

    private static String titleOf(ArticleSummary a) {
        return a.title() == null || a.title().isBlank() ? a.articleId() : a.title();
    }

    private static String esc(String s) {
        return SvgChart.esc(s);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String pct(double v, boolean percent) {
        if (Double.isNaN(v)) {
            return "—";
        }
        return percent ? String.format(Locale.ROOT, "%.0f%%", v * 100) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static final String CSS = "body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#222;background:#fafafa;margin:0}"
            + "main{max-width:960px;margin:0 auto;padding:16px 24px}h1{font-size:1.6em}h2{font-size:1.25em;margin-top:1.6em;border-bottom:1px solid #ddd}"
            + "h3{font-size:1em;margin:.8em 0 .2em}figure{margin:0 0 1em}svg.chart{width:100%;height:auto;background:#fff;border:1px solid #e3e3e3}"
                        + "u.up{text-decoration:underline 2px;font-weight:700}s.down{color:#666}p.because-legend{font-size:13px;color:#444}"
            + "ol.because{margin:.4em 0 0;padding-left:1.4em;font-size:13px}"
            + ".legend{list-style:none;padding:0;margin:.3em 0;display:flex;gap:1.2em;flex-wrap:wrap;font-size:13px}"
            + ".swatch{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px}"
            + "table{border-collapse:collapse;width:100%;background:#fff;font-size:14px}th,td{border:1px solid #e3e3e3;padding:5px 7px;text-align:left;vertical-align:top}"
            + "td.text{white-space:pre-wrap;overflow-wrap:anywhere;max-width:420px}.src{font-weight:normal;color:#777;font-size:12px;overflow-wrap:anywhere}"
            + ".bar{display:inline-block;position:relative;width:90px;height:10px;background:#eee;vertical-align:middle}"
            + ".bar span{position:absolute;left:0;top:0;bottom:0}.empty{color:#777;font-style:italic}footer{color:#666;font-size:13px;margin-top:2em}";
}
