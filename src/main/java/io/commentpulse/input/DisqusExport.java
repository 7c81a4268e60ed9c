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
import java.util.HashMap;
import java.util.Map;

/**
 * A Disqus XML export ({@code <disqus>} with {@code thread} and {@code post} elements), read with StAX as a stream
 * (memory holds the threads' links and titles, never the posts) and written as a comments CSV
 * ({@link JsonComments#COLUMNS}): a thread's link (or id) and title are the article, {@code createdAt} the time,
 * the author's name the author, {@code parent} the comment replied to, the HTML of {@code message} turned into text.
 * Posts marked {@code isDeleted} or {@code isSpam} are left out and counted.
 */
public final class DisqusExport {
    /** What a conversion did. */
    public record Result(long rows, long deleted, long spam, long skipped) {
    }

    private record Thread(String link, String title) {
    }

    private DisqusExport() {
    }

    /** True when the file's first element is {@code <disqus>}. */
    public static boolean is(Path file) {
        return XmlExports.firstElement(file, r -> r.getLocalName().equals("disqus"));
    }

    public static Result toCsv(Path in, Path out, ZoneId zone, PrintStream err) throws IOException {
        Map<String, Thread> threads = new HashMap<>();
        long rows = 0;
        long deleted = 0;
        long spam = 0;
        long skipped = 0;
        try (InputStream is = Files.newInputStream(in);
             CSVPrinter csv = Csv.printer(Files.newBufferedWriter(out), JsonComments.COLUMNS.toArray(String[]::new))) {
            XMLStreamReader r = XmlExports.factory().createXMLStreamReader(is);
            try {
                int depth = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT || ++depth != 2) {
                        continue;
                    }
                    depth--;   // fields() reads up to and including this element's end tag
                    String element = r.getLocalName();
                    String dsqId = dsqId(r);
                    Map<String, String> f = fields(r);
                    if (element.equals("thread")) {
                        threads.put(dsqId, new Thread(f.getOrDefault("link", ""), f.getOrDefault("title", "")));
                    } else if (element.equals("post")) {
                        if ("true".equals(f.get("isDeleted"))) {
                            deleted++;
                            continue;
                        }
                        if ("true".equals(f.get("isSpam"))) {
                            spam++;
                            continue;
                        }
                        String text = Jsoup.parse(f.getOrDefault("message", "")).text().strip();
                        if (text.isEmpty()) {
                            skipped++;
                            continue;
                        }
                        Thread t = threads.getOrDefault(f.getOrDefault("thread@id", ""), new Thread("", ""));
                        String raw = f.getOrDefault("createdAt", "");
                        String iso = "";
                        try {
                            iso = DataTimestamps.iso(DataTimestamps.parse(raw, zone, DataTimestamps.DateOrder.MDY).value());
                        } catch (java.time.DateTimeException e) {
                            err.printf("pulse: %s: post %s: createdAt '%s' not read; kept without a time%n", in, dsqId, raw);
                        }
                        rows++;
                        String article = t.link().isEmpty() ? f.getOrDefault("thread@id", "") : t.link();
                        csv.printRecord(Csv.safe(dsqId), Csv.safe(article), Csv.safe(t.title()), iso, Csv.safe(raw),
                                Csv.safe(f.getOrDefault("author/name", f.getOrDefault("author/username", ""))),
                                Csv.safe(f.getOrDefault("parent@id", "")), Csv.safe(text));
                    }
                }
            } catch (XMLStreamException e) {
                err.printf("pulse: %s: line %d: malformed XML (%s); the posts before it were kept%n", in,
                        e.getLocation() == null ? 0 : e.getLocation().getLineNumber(), e.getMessage().lines().findFirst().orElse(""));
                skipped++;
            }
        } catch (XMLStreamException e) {
            throw new IOException(in + ": not an XML file: " + e.getMessage(), e);
        }
        return new Result(rows, deleted, spam, skipped);
    }

    private static String dsqId(XMLStreamReader r) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals("id")) {
                return r.getAttributeValue(i);
            }
        }
        return "";
    }

    /**
     * The children of the current element as name → text: nested ones as "author/name", a child's dsq:id attribute
     * as "thread@id". Leaves the reader on the element's end tag.
     */
    private static Map<String, String> fields(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> out = new HashMap<>();
        int depth = 1;
        String[] path = new String[8];
        StringBuilder text = new StringBuilder();
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (depth < path.length) {
                    path[depth] = r.getLocalName();
                }
                String id = dsqId(r);
                if (depth == 1 && !id.isEmpty()) {
                    out.put(r.getLocalName() + "@id", id);
                }
                depth++;
                text.setLength(0);
            } else if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
                text.append(r.getText());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (depth >= 1 && depth < path.length) {
                    String key = depth == 1 ? path[1] : path[1] + "/" + path[depth];
                    if (!text.toString().isBlank()) {
                        out.putIfAbsent(key, text.toString().strip());
                    }
                }
                text.setLength(0);
            }
        }
        return out;
    }
}
