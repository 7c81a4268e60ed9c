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
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page saved as one MHTML file (Chromium's and Edge's "Webpage, Single File", Internet Explorer's .mht): a MIME
 * archive whose first {@code text/html} part is the page, quoted-printable or base64 encoded, followed by its images
 * and frames. Read with Apache James Mime4j's streaming parser; only the page's part is kept.
 *
 * @param html     the page's bytes, decoded from their transfer encoding (still in their own charset)
 * @param charset  the charset the part's Content-Type names, or null
 * @param date     the archive's Date header (when it was saved), or null
 * @param location the address the page was saved from (Snapshot-Content-Location or the part's Content-Location), or null
 */
public record MhtmlArchive(byte[] html, String charset, String date, String location) {
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

    /** The archive's page, or empty when it holds no {@code text/html} part. */
    public static Optional<MhtmlArchive> read(byte[] bytes) throws IOException {
        MimeConfig config = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1).setMaxHeaderCount(-1)
                .setMaxTotalHeaderCount(-1).setMaxTotalHeaderLen(-1).setMaxPartCount(-1).setMaxContentLen(-1)
                .setStrictParsing(false).build();
        MimeTokenStream stream = new MimeTokenStream(config);
        String date = null;
        String location = null;
        String charset = null;   // as the part's Content-Type names it (mime4j's descriptor says us-ascii when none is named)
        int depth = 0;
        try {
            stream.parse(new ByteArrayInputStream(bytes));
            for (EntityState s = stream.getState(); s != EntityState.T_END_OF_STREAM; s = stream.next()) {
                switch (s) {
                    case T_START_MULTIPART -> depth++;
                    case T_START_HEADER -> charset = null;
                    case T_FIELD -> {
                        Field f = stream.getField();
                        String name = f.getName().toLowerCase(Locale.ROOT);
                        if (name.equals("content-type")) {
                            java.util.regex.Matcher m = CHARSET.matcher(f.getBody());
                            charset = m.find() ? m.group(1) : null;
                        }
                        if (depth == 0 && name.equals("date") && date == null) {
                            date = f.getBody().strip();
                        } else if (name.equals("snapshot-content-location")
                                || name.equals("content-location") && location == null) {
                            location = f.getBody().strip();
                        }
                    }
                    case T_BODY -> {
                        BodyDescriptor body = stream.getBodyDescriptor();
                        if (body.getMimeType().equalsIgnoreCase("text/html")) {
                            try (InputStream in = stream.getDecodedInputStream()) {
                                return Optional.of(new MhtmlArchive(in.readAllBytes(), charset, date, location));
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
        return Optional.empty();
    }
}
