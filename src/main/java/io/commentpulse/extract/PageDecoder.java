package io.commentpulse.extract;

import io.commentpulse.io.Hashing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page from disk and decodes it: byte-order mark first, then a declared HTML charset, then strict UTF-8,
 * then windows-1252. A page saved as one MHTML file is its archive's HTML part ({@link MhtmlArchive}), one saved by Safari its Web
 * Archive's main resource ({@link WebArchive}). Rejects empty,
 * oversized and binary files with a one-line reason.
 */
public final class PageDecoder {
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([a-z0-9_\\-:.]+)");

    private PageDecoder() {
    }

    public static Page read(Path path, ExtractOptions options) throws BadPageException {
        return read(path, path, options);
    }

    /** Reads the page at {@code location}, named {@code path} (as the user gave it) in what it yields. */
    public static Page read(Path path, Path location, ExtractOptions options) throws BadPageException {
        byte[] bytes;
        java.time.Instant modified;
        try {
            long size = Files.size(location);
            if (size > options.maxBytes()) {
                throw tooLarge(size, options.maxBytes());
            }
            bytes = Files.readAllBytes(location);
            modified = Files.getLastModifiedTime(location).toInstant();
        } catch (NoSuchFileException e) {
            throw new BadPageException("no such file");
        } catch (AccessDeniedException e) {
            throw new BadPageException("permission denied");
        } catch (IOException e) {
            throw new BadPageException("cannot read: " + e.getMessage());
        }
        return decode(path, bytes, modified, new FolderFrames(location));
    }

    /**
     * A page whose bytes were read elsewhere (from a Spark executor's storage, say); {@code path} names it as the
     * user gave it. The same size limit and checks as {@link #read}.
     */
    public static Page fromBytes(Path path, byte[] bytes, java.time.Instant modified, ExtractOptions options)
            throws BadPageException {
        return fromBytes(path, bytes, modified, Frames.NONE, options);
    }

    /** As {@link #fromBytes(Path, byte[], java.time.Instant, ExtractOptions)}, its frames saved beside it in {@code beside}. */
    public static Page fromBytes(Path path, byte[] bytes, java.time.Instant modified, Frames beside, ExtractOptions options)
            throws BadPageException {
        if (bytes.length > options.maxBytes()) {
            throw tooLarge(bytes.length, options.maxBytes());
        }
        return decode(path, bytes, modified, beside);
    }

    /** The refusal of a page of {@code size} bytes, over the limit of {@code max}. */
    public static BadPageException tooLarge(long size, long max) {
        return new BadPageException(String.format(Locale.ROOT,
                "page is %.1f MB, over the %.0f MB limit (raise it with --max-page-mb)", size / 1048576.0, max / 1048576.0));
    }

    /** The page in {@code bytes}; {@code beside} holds the frames saved beside it (an archive's own are read from it). */
    static Page decode(Path path, byte[] bytes, java.time.Instant modified, Frames beside) throws BadPageException {
        if (bytes.length == 0) {
            throw new BadPageException("empty file");
        }
        SavedArchive archive = WebArchive.is(bytes) ? WebArchive.read(bytes) : null;
        if (archive == null && looksBinary(bytes)) {
            throw new BadPageException("binary file, not an HTML or text page");
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        java.util.List<String> warnings = new java.util.ArrayList<>();
        if (archive == null) {
            archive = archive(bytes);
        }
        byte[] raw = bytes;
        if (archive != null) {
            bytes = archive.html();
        }
        String text = decodeText(bytes);
        boolean html = archive != null || name.endsWith(".html") || name.endsWith(".htm")
                || (!name.endsWith(".txt") && looksLikeHtml(text));
        if (html) {
            text = inDeclaredCharset(bytes, text, archive == null ? null : archive.charset(), warnings);
            String tail = text.substring(Math.max(0, text.length() - 4096)).toLowerCase(Locale.ROOT);
            if (!tail.contains("</html") && !tail.contains("</body")) {
                warnings.add("looks truncated (no closing </body> or </html>); extracted what is there");
            }
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new BadPageException("file has no text (only whitespace)");
        }
        if (archive != null && archive.date() != null) {
            text = SavedTime.mhtmlNote(archive.date()) + text;   // when it was saved, for relative dates on the page
        }
        Frames frames = archive != null ? archive.frames() : html ? beside : Frames.NONE;
        return new Page(path, text, html, Hashing.sha256(raw), java.util.List.copyOf(warnings), modified,
                archive == null ? null : archive.location(), frames);
    }

    /**
     * An HTML document's text: {@code text} (its bytes read as UTF-8, or windows-1252 where they are not) read again
     * in the charset its meta tag declares, or failing that {@code partCharset} (what an archive's part header
     * says); a declaration its bytes contradict is named in {@code warnings} and not followed.
     */
    static String inDeclaredCharset(byte[] bytes, String text, String partCharset, java.util.List<String> warnings) {
        String declared = declaredCharset(bytes);
        if (declared == null) {
            declared = partCharset;
        }
        if (declared == null || hasBom(bytes)) {
            return text;
        }
        boolean saysUtf8 = declared.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8");
        if (saysUtf8 && !isUtf8(bytes)) {
            warnings.add("declares UTF-8 but is not valid UTF-8; decoded as windows-1252");
            return text;
        }
        if (!saysUtf8 && singleByte(declared) && !isAscii(bytes) && isUtf8(bytes)) {
            // a page re-saved as UTF-8 that kept its old declaration: its accented letters are UTF-8's two-byte
            // sequences, which text in a one-byte charset almost never forms
            warnings.add("declares " + declared + " but its bytes are UTF-8; decoded as UTF-8");
            return text;
        }
        return decodeAs(bytes, declared, text);
    }

    /** A frame's document as saved beside or inside its page: its bytes in their declared charset, BOM dropped. */
    static String frameText(byte[] bytes, String partCharset) {
        String text = inDeclaredCharset(bytes, decodeText(bytes), partCharset, new java.util.ArrayList<>());
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    /** The page inside an MHTML archive, or null when {@code bytes} are not one. */
    private static MhtmlArchive archive(byte[] bytes) throws BadPageException {
        if (!MhtmlArchive.is(bytes)) {
            return null;
        }
        try {
            return MhtmlArchive.read(bytes).orElseThrow(() -> new BadPageException("an MHTML archive with no HTML page in it"));
        } catch (IOException e) {
            throw new BadPageException(e.getMessage());
        }
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF)
                || (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE));
    }

    private static String decodeText(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, Charset.forName("windows-1252"));
        }
    }

    private static boolean singleByte(String charsetName) {
        try {
            return Charset.forName(charsetName.trim()).newEncoder().maxBytesPerChar() == 1.0f;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decodeAs(byte[] bytes, String charsetName, String fallback) {
        try {
            Charset cs = Charset.forName(charsetName.trim());
            if (cs.equals(StandardCharsets.UTF_8)) {
                return fallback;
            }
            if (cs.name().equalsIgnoreCase("ISO-8859-1") || cs.name().equalsIgnoreCase("US-ASCII")) {
                cs = Charset.forName("windows-1252");
            }
            return new String(bytes, cs);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static boolean looksBinary(byte[] b) {
        if (hasBom(b)) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0d && c < 0x20 && c != 0x1b)) {
                control++;
            }
        }
        return control > n / 20;
    }

    private static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<div");
    }
}
