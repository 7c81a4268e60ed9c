package io.commentpulse.input;

import io.commentpulse.extract.DataTimestamps;
import io.commentpulse.io.Csv;
import org.apache.commons.csv.CSVPrinter;
import org.jsoup.Jsoup;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A WordPress export (WXR: RSS with {@code wp:} elements), read with StAX as a stream and written as a comments CSV
 * ({@link JsonComments#COLUMNS}): each {@code item}'s approved {@code wp:comment}s are its comments, the item's
 * link and title the article, {@code comment_date_gmt} the time (UTC; {@code comment_date} in {@code zone} when the
 * GMT one is missing or zero), {@code comment_parent} the reply. Pingbacks, trackbacks and comments not approved
 * (pending, spam, trash) are left out and counted.
 */
public final class WordPressExport {
    /** What a conversion did. */
    public record Result(long rows, long pingbacks, long unapproved, long skipped) {
    }

    private WordPressExport() {
    }

    /** True for an .xml file whose first element is {@code rss} with the WordPress export namespace. */
    public static boolean is(Path file) {
        return XmlExports.firstElement(file, r -> {
            if (!r.getLocalName().equals("rss")) {
                return false;
            }
            for (int i = 0; i < r.getNamespaceCount(); i++) {
                if (String.valueOf(r.getNamespaceURI(i)).startsWith("http://wordpress.org/export/")) {
                    return true;
                }
            }
            return false;
        });
    }

    public static Result toCsv(Path in, Path out, ZoneId zone, PrintStream err) throws IOException {
        long rows = 0;
        long pingbacks = 0;
        long unapproved = 0;
        long skipped = 0;
        try (InputStream is = Files.newInputStream(in);
             CSVPrinter csv = Csv.printer(Files.newBufferedWriter(out), JsonComments.COLUMNS.toArray(String[]::new))) {
            XMLStreamReader r = XmlExports.factory().createXMLStreamReader(is);
            String link = "";
            String title = "";
            String postId = "";
            try {
                while (r.hasNext()) {
                    if (r.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = r.getLocalName();
                    String prefix = r.getPrefix() == null ? "" : r.getPrefix();
                    if (name.equals("item")) {
                        link = "";
                        title = "";
                        postId = "";
                    } else if (name.equals("link") && prefix.isEmpty()) {
                        link = r.getElementText().strip();
                    } else if (name.equals("title") && prefix.isEmpty()) {
                        title = r.getElementText().strip();
                    } else if (name.equals("post_id") && !prefix.isEmpty()) {
                        postId = r.getElementText().strip();
                    } else if (name.equals("comment") && prefix.equals("wp")) {
                        java.util.Map<String, String> c = comment(r);
                        String type = c.getOrDefault("comment_type", "");
                        if (type.equals("pingback") || type.equals("trackback")) {
                            pingbacks++;
                            continue;
                        }
                        if (!c.getOrDefault("comment_approved", "1").equals("1")) {
                            unapproved++;
                            continue;
                        }
                        String text = Jsoup.parse(c.getOrDefault("comment_content", "")).text().strip();
                        if (text.isEmpty()) {
                            skipped++;
                            continue;
                        }
                        String gmt = c.getOrDefault("comment_date_gmt", "");
                        boolean useGmt = !gmt.isEmpty() && !gmt.startsWith("0000");
                        String raw = useGmt ? gmt : c.getOrDefault("comment_date", "");
                        String iso = "";
                        try {
                            iso = DataTimestamps.iso(DataTimestamps.parse(raw, useGmt ? ZoneOffset.UTC : zone,
                                    DataTimestamps.DateOrder.MDY).value());
                        } catch (java.time.DateTimeException e) {
                            err.printf("pulse: %s: comment %s: date '%s' not read; kept without a time%n", in,
                                    c.get("comment_id"), raw);
                        }
                        String parent = c.getOrDefault("comment_parent", "0");
                        rows++;
                        csv.printRecord(Csv.safe(c.getOrDefault("comment_id", "c" + rows)),
                                Csv.safe(link.isEmpty() ? "post-" + postId : link), Csv.safe(title), iso, Csv.safe(raw),
                                Csv.safe(c.getOrDefault("comment_author", "")), Csv.safe(parent.equals("0") ? "" : parent),
                                Csv.safe(text));
                    }
                }
            } catch (XMLStreamException e) {
                err.printf("pulse: %s: line %d: malformed XML (%s); the comments before it were kept%n", in,
                        e.getLocation() == null ? 0 : e.getLocation().getLineNumber(),
                        e.getMessage().lines().findFirst().orElse(""));
                skipped++;
            }
        } catch (XMLStreamException e) {
            throw new IOException(in + ": not an XML file: " + e.getMessage(), e);
        }
        return new Result(rows, pingbacks, unapproved, skipped);
    }

    /** The wp:comment's child elements by local name (text only; nested ones such as commentmeta skipped). */
    private static java.util.Map<String, String> comment(XMLStreamReader r) throws XMLStreamException {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                String text = textOf(r);
                if (text != null) {
                    out.put(name, text.strip());
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return out;   // the wp:comment's own end tag
            }
        }
        return out;
    }

    /** The text of the current element, or null when it holds elements; leaves the reader on its end tag. */
    private static String textOf(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean nested = false;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                nested = true;
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA)) {
                sb.append(r.getText());
            }
        }
        return nested ? null : sb.toString();
    }
}
