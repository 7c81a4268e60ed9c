package io.commentpulse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words behind the scores in the report: each comment's driving words highlighted inline (inert, escaped
 * markup: underlined and bold for words that raise the score, struck-through light for words that lower it, so
 * readable without colour), and per article the words that raised concern most across its comments.
 */
final class Drivers {
    private static final Pattern SPAN = Pattern.compile("(.+?)\\(([+-]\\d+\\.\\d+)\\)(?:\\s|$)");
    static final String LEGEND = "<p class=\"because-legend\"><u class=\"up\">underlined bold</u>: words that raised the score "
            + "(taking them out lowers it); <s class=\"down\">struck through</s>: words that lowered it. Weights in the "
            + "tooltip are the score with the word minus the score without it.</p>";

    /** One span of a "because" column: the words and their signed weight. */
    record Span(String words, double weight) {
    }

    private Drivers() {
    }

    /** Parses "scary(+0.41) not good(-0.22)". */
    static List<Span> parse(String because) {
        List<Span> out = new ArrayList<>();
        if (because == null || because.isBlank()) {
            return out;
        }
        Matcher m = SPAN.matcher(because.strip());
        while (m.find()) {
            out.add(new Span(m.group(1).strip(), Double.parseDouble(m.group(2))));
        }
        return out;
    }

    /** The text, escaped, with the first occurrence of each driving span marked. */
    static String highlight(String text, String because) {
        List<Span> spans = parse(because);
        if (spans.isEmpty()) {
            return SvgChart.esc(text);
        }
        record Mark(int start, int end, Span span) {
        }
        List<Mark> marks = new ArrayList<>();
        for (Span s : spans) {
            int at = indexOfWord(text, s.words());
            if (at >= 0 && marks.stream().noneMatch(m -> at < m.end() && m.start() < at + s.words().length())) {
                marks.add(new Mark(at, at + s.words().length(), s));
            }
        }
        marks.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Mark m : marks) {
            sb.append(SvgChart.esc(text.substring(pos, m.start())));
            String tag = m.span().weight() >= 0 ? "u" : "s";
            sb.append('<').append(tag).append(" class=\"").append(m.span().weight() >= 0 ? "up" : "down")
                    .append("\" title=\"").append(String.format(Locale.ROOT, "%+.2f", m.span().weight())).append("\">")
                    .append(SvgChart.esc(text.substring(m.start(), m.end()))).append("</").append(tag).append('>');
            pos = m.end();
        }
        return sb.append(SvgChart.esc(text.substring(pos))).toString();
    }

    /** Where {@code words} occur in {@code text} as whole words, or -1. */
    private static int indexOfWord(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            boolean left = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + words.length();
            boolean right = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (left && right) {
                return at;
            }
        }
        return -1;
    }

    /** Comments listed one by one, with their concern words, under an article with at most this many. */
    static final int LIST_COMMENTS_UP_TO = 20;

    /** Adds a comment's concern-raising words to its article's tally (lower case, summed weights). */
    static void tally(Map<String, Double> words, String concernBecause) {
        for (Span s : parse(concernBecause)) {
            if (s.weight() > 0) {
                words.merge(s.words().toLowerCase(Locale.ROOT), s.weight(), Double::sum);
            }
        }
    }

    /** The section listing, per article, the words that raised concern most across its comments. */
    static void articleWords(StringBuilder b, Aggregator agg) {
        List<ArticleSummary> with = agg.articles().stream().filter(a -> !a.concernWords.isEmpty()).toList();
        if (with.isEmpty()) {
            return;
        }
        b.append("<section><h2>Words behind concern, per article</h2><p class=\"because-legend\">Summed over the article's "
                + "comments: how much each word raised concern where it appears (from the explained CSV).</p>"
                + "<table class=\"articles\"><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Words that "
                + "raised concern most</th></tr></thead><tbody>");
        for (ArticleSummary a : with) {
            Map<String, Double> top = new LinkedHashMap<>();
            a.concernWords.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(8)
                    .forEach(e -> top.put(e.getKey(), e.getValue()));
            StringBuilder words = new StringBuilder();
            top.forEach((w, v) -> words.append(words.length() > 0 ? ", " : "").append("<u class=\"up\">")
                    .append(SvgChart.esc(w)).append("</u> ").append(String.format(Locale.ROOT, "%+.2f", v)));
            b.append("<tr><th scope=\"row\" dir=\"auto\">")
                    .append(SvgChart.esc(a.title() == null || a.title().isBlank() ? a.articleId : a.title()))
                    .append("</th><td dir=\"auto\">").append(words);
            if (!a.explained.isEmpty() && a.explained.size() <= LIST_COMMENTS_UP_TO) {
                b.append("<ol class=\"because\">");
                for (ScoredComment c : a.explained) {
                    String text = c.text().length() > 160 ? c.text().substring(0, 160) + "…" : c.text();
                    b.append("<li dir=\"auto\">").append(String.format(Locale.ROOT, "%.2f ", c.concern()))
                            .append(highlight(text, c.concernBecause())).append("</li>");
                }
                b.append("</ol>");
            }
            b.append("</td></tr>");
        }
        b.append("</tbody></table></section>");
    }
}
