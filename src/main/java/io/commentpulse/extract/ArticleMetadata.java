package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Title, publication time and canonical URL of an HTML page, from meta tags, JSON-LD or visible text. */
final class ArticleMetadata {
    record Meta(String title, OffsetDateTime published, boolean publishedDateOnly, String canonicalUrl) {
    }

    static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "(?=[pvued])(?:published|posted|veröffentlicht|publié le|publicado|erschienen|updated|date)\\s*(?:on|am|:)?\\s*:?\\s*");

    private ArticleMetadata() {
    }

    static Meta read(Document doc, List<JsonNode> jsonLd, ZoneId zone) {
        // one walk over the page for all meta tags; each query below then reads only them
        Elements metas = doc.select("meta");
        String title = firstNonEmpty(
                meta(metas, "meta[property=og:title]"),
                jsonLdText(jsonLd, "headline"),
                meta(metas, "meta[name=twitter:title]"),
                doc.title(),
                text(doc.selectFirst("title")),   // a <title> that malformed markup left in the body
                text(doc.selectFirst("h1")));
        // the first source that gives a time of day; one that gives the date alone is kept unless a later source gives
        // a time on the same day (a date-only meta tag over a timed byline)
        DataTimestamps.Parsed published = null;
        for (String q : new String[]{"meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=dc.date]",
                "meta[name=DC.date.issued]", "meta[property=og:published_time]", "meta[name=sailthru.date]"}) {
            published = better(published, zone, machine(meta(metas, q), zone));
            if (published != null && !published.dateOnly()) {
                break;
            }
        }
        if (published == null || published.dateOnly()) {
            published = better(published, zone, machine(jsonLdText(jsonLd, "datePublished"), zone));
        }
        if (published == null || published.dateOnly()) {
            Element t = doc.selectFirst("[itemprop=datePublished], time[pubdate], article time[datetime], "
                    + ".entry-date[datetime], time.published, abbr.published");
            if (t != null) {
                String v = t.hasAttr("datetime") ? t.attr("datetime") : t.hasAttr("content") ? t.attr("content")
                        : t.hasAttr("title") ? t.attr("title") : t.text();
                published = better(published, zone, machine(v, zone));
            }
        }
        if (published == null || published.dateOnly()) {
            published = better(published, zone, visiblePublished(doc.body() == null ? "" : HtmlText.of(doc.body()), zone));
        }
        return new Meta(HtmlText.oneLine(title), published == null ? null : published.value(),
                published != null && published.dateOnly(), canonicalUrl(doc));
    }

    /** A machine value ({@code time@datetime}, a meta tag's content) read, or null. */
    private static DataTimestamps.Parsed machine(String value, ZoneId zone) {
        OffsetDateTime t = TimestampParser.parseMachine(value, zone);
        return t == null ? null : new DataTimestamps.Parsed(t, false, DataTimestamps.isDateOnly(t, value));
    }

    /**
     * {@code found} unless it is null, or a date alone and {@code next} gives a time on that day (in its own offset or
     * in the page's {@code zone}).
     */
    private static DataTimestamps.Parsed better(DataTimestamps.Parsed found, ZoneId zone, DataTimestamps.Parsed next) {
        if (found == null) {
            return next;
        }
        if (!found.dateOnly() || next == null || next.dateOnly()) {
            return found;
        }
        java.time.LocalDate day = found.value().toLocalDate();
        return next.value().toLocalDate().equals(day) || next.value().atZoneSameInstant(zone).toLocalDate().equals(day)
                ? next : found;
    }

    /** The page's canonical address: its canonical link, else its og:url; empty when it gives neither. */
    static String canonicalUrl(Document doc) {
        return firstNonEmpty(attr(doc.selectFirst("link[rel=canonical]"), "href"),
                attr(doc.selectFirst("meta[property=og:url]"), "content"));
    }

    /** A "Published: 13 Sep 2023, 3:51 PM" line in a page's text (or "Posted on June 4, 2012": a date alone), or null. */
    static DataTimestamps.Parsed visiblePublished(String text, ZoneId zone) {
        // matched in lower case on a copy of the same length (case-insensitive matching was the slow part)
        Matcher m = PUBLISHED_LABEL.matcher(TimestampParser.fold(text));
        // A label counts within 3 chars of its line's start, so only there is it tried: the same labels, in the same
        // order, as finding every label of the text and passing over the others. A label farther in cannot hide one
        // near a line's start: it ends in spaces, "on", "am" or colons, and no label opens on those.
        int from = 0;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int p = Math.max(lineStart, from);
            while (p <= lineStart + LABEL_INDENT && p < text.length()) {
                if (!m.region(p, text.length()).lookingAt()) {
                    p++;
                    continue;
                }
                from = m.end();   // a label found hides what it holds ("date" in "updated")
                p = from;
                int end = text.indexOf('\n', m.end());
                String rest = text.substring(m.end(), end < 0 ? text.length() : end);
                Optional<TimestampParser.Match> d = TimestampParser.find(rest, zone, null);
                if (d.isPresent() && d.get().start() == 0 && d.get().value() != null) {
                    return new DataTimestamps.Parsed(d.get().value(), false,
                            DataTimestamps.isDateOnly(d.get().value(), d.get().raw()));
                }
            }
            int next = text.indexOf('\n', lineStart);
            lineStart = next < 0 ? text.length() : next + 1;
        }
        return null;
    }

    /** How far in from its line's start a {@link #PUBLISHED_LABEL} may open (a bullet and a space before it). */
    private static final int LABEL_INDENT = 3;

    /**
     * A headline without the date stamp a copy printed before it on the same line ("date 2023-09-13 Kim Jong-un
     * pledges…", "Published: 13 Sep 2023 | Kim…": an icon's label and the date run into the headline); the stamp is
     * read as the publication time by {@link #visiblePublished}. A date with no label before it is a stamp only with its
     * year ("Jan. 6 committee hearings…" names a day). A line with fewer than three words after the date
     * keeps them all.
     */
    static String withoutDateStamp(String headline) {
        Matcher label = PUBLISHED_LABEL.matcher(TimestampParser.fold(headline));
        int from = label.lookingAt() ? label.end() : 0;
        Optional<TimestampParser.Match> date = TimestampParser.find(headline.substring(from), ZoneOffset.UTC, null);
        if (date.isEmpty() || date.get().start() != 0 || from == 0 && !YEAR.matcher(date.get().raw()).find()) {
            return headline;   // "Jan. 6 committee hearings…", "June 4 vigil…": a day the headline names, no stamp
        }
        String rest = STAMP_SEPARATOR.matcher(headline.substring(from + date.get().end())).replaceFirst("");
        return Spaces.count(rest) >= 3 && Character.isLetterOrDigit(rest.charAt(0)) ? rest : headline;
    }

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    private static final Pattern STAMP_SEPARATOR = Pattern.compile("^[\\s|·•—–:-]+");

    private static String meta(Elements metas, String query) {
        return attr(metas.select(query).first(), "content");
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name).strip();
    }

    private static String text(Element e) {
        return e == null ? "" : e.text();
    }

    private static String jsonLdText(List<JsonNode> nodes, String field) {
        for (JsonNode n : nodes) {
            JsonNode v = n.get(field);
            if (v != null && v.isTextual() && !v.asText().isBlank()) {
                return v.asText();
            }
        }
        return "";
    }

    static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
