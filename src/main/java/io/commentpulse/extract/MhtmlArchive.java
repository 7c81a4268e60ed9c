package io.commentpulse.extract;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page saved as one MHTML file (Chromium's and Edge's "Webpage, Single File", Internet Explorer's .mht): a MIME
 * archive whose first {@code text/html} part is the page, quoted-printable or base64 encoded, followed by its images
 * and frames. Read with Apache James Mime4j's streaming parser; the page's part and its frames' ({@code text/html}
 * parts after it) are kept.
 *
 * @param html     the page's bytes, decoded from their transfer encoding (still in their own charset)
 * @param charset  the charset the part's Content-Type names, or null
 * @param date     the archive's Date header (when it was saved), or null
 * @param location the address the page was saved from (Snapshot-Content-Location or the part's Content-Location), or null
 * @param framesByName the frames' documents by the names a frame's {@code src} may give them: {@code cid:} and the
 *                 part's Content-ID (Chromium writes {@code src="cid:frame-…@mhtml.blink"}), and its Content-Location
 */
public record MhtmlArchive(byte[] html, String charset, String date, String location,
                           Map<String, Part> framesByName) implements SavedArchive {
    /** A frame's part: its bytes, decoded from their transfer encoding, and the charset its Content-Type names. */
    public record Part(byte[] bytes, String charset) {
    }

    @Override
    public Frames frames() {
        if (framesByName.isEmpty()) {
            return Frames.NONE;
        }
        return new Frames() {
            @Override
            public Optional<Frame> open(String src) {
                Part p = framesByName.get(src);
                return p == null ? Optional.empty() : Optional.of(new Frame(PageDecoder.frameText(p.bytes(), p.charset()), this));
            }
        };
    }

    /** Header lines, up to the first blank line, that name a multipart or HTML body and say it is MIME. */
    private static final Pattern HEAD_LINE = Pattern.compile("[!-9;-~]+:.*|[ \\t].*");
    private static final int HEAD = 16 * 1024;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)");

    /** True when {@code bytes} open with a MIME header block of a saved page (MIME-Version and a multipart or HTML type). */
    public static boolean is(byte[] bytes) {
        int start = 0;
        while (start < bytes.length && start < HEAD && Character.isWhitespace(bytes[start])) {
            start++;
        }
        if (start >= bytes.length || !Character.isLetter(bytes[start])) {
            return false;   // markup, or anything but a header's name
        }
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        boolean mime = false;
        boolean type = false;
        for (String line : head.substring(start).split("\r?\n", -1)) {
            if (line.isEmpty()) {
                return mime && type;
            }
            if (!HEAD_LINE.matcher(line).matches()) {
                return false;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            mime |= lower.startsWith("mime-version:");
            type |= lower.startsWith("content-type:") && (lower.contains("multipart/related") || lower.contains("text/html"));
        }
        return false;
    }

    /** The archive's page (its first {@code text/html} part), or empty when it holds none. */
    public static Optional<MhtmlArchive> read(byte[] bytes) throws IOException {
        MimeConfig config = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
                .setMaxTotalHeaderCount(-1).setMaxTotalHeaderLen(-1).setMaxPartCount(-1).setMaxContentLen(-1)
                .setStrictParsing(false).build();
        MimeTokenStream stream = new MimeTokenStream(config);
        String date = null;
        String location = null;
        String charset = null;   // as the part's Content-Type names it (mime4j's descriptor says us-ascii when none is named)
        String partId = null;
        String partLocation = null;
        MhtmlArchive page = null;
        Map<String, Part> frames = new HashMap<>();
        int depth = 0;
        try {
            stream.parse(new ByteArrayInputStream(bytes));
            for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
                switch (s) {
                    case T_START_MULTIPART -> depth++;
                    case T_START_HEADER -> {
                        charset = null;
                        partId = null;
                        partLocation = null;
                    }
                    case T_FIELD -> {
                        Field f = stream.getField();
                        String name = f.getName().toLowerCase(Locale.ROOT);
                        String value = f.getBody().strip();
                        if (name.equals("content-type")) {
                            java.util.regex.Matcher m = CHARSET.matcher(value);
                            charset = m.find() ? m.group(1) : null;
                        } else if (name.equals("content-id")) {
                            partId = value.replaceAll("^<|>$", "");
                        } else if (name.equals("content-location")) {
                            partLocation = value;
                        }
                        if (page != null) {
                            continue;
                        }
                        if (depth == 0 && name.equals("date") && date == null) {
                            date = value;
                        } else if (name.equals("snapshot-content-location")
                                || name.equals("content-location") && location == null) {
                            location = value;
                        }
                    }
                    case T_BODY -> {
                        BodyDescriptor body = stream.getBodyDescriptor();
                        if (body.getMimeType().equalsIgnoreCase("text/html")) {
                            byte[] decoded;
                            try (InputStream in = stream.getDecodedInputStream()) {
                                decoded = in.readAllBytes();
                            }
                            if (page == null) {
                                page = new MhtmlArchive(decoded, charset, date, location, frames);
                            } else if (partLocation == null || !partLocation.startsWith("chrome-error:")) {
                                // (a frame that did not load is saved as the browser's error page: no part of the page)
                                Part part = new Part(decoded, charset);
                                if (partId != null) {
                                    frames.putIfAbsent("cid:" + partId, part);
                                }
                                if (partLocation != null) {
                                    frames.putIfAbsent(partLocation, part);
                                }
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (MimeException e) {
            throw new IOException("malformed MHTML: " + e.getMessage(), e);
        }
        return page == null ? Optional.empty()
                : Optional.of(new MhtmlArchive(page.html(), page.charset(), page.date(), page.location(), Map.copyOf(frames)));
    }
}
