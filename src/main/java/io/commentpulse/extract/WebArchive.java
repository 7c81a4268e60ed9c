package io.commentpulse.extract;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A page Safari saved as a Web Archive ({@code .webarchive}, Safari's default "Save As…" format): a property list
 * (binary, as Safari writes it; XML after {@code plutil}) whose {@code WebMainResource} holds the page as it was loaded
 * ({@code WebResourceData}, its {@code WebResourceTextEncodingName}, {@code WebResourceMIMEType} and
 * {@code WebResourceURL}), and whose {@code WebSubframeArchives} hold each frame as an archive of its own, named by its
 * address. Read with dd-plist; the layout is WebKit's ({@code LegacyWebArchive}).
 *
 * @param html      the page's bytes, in their own charset
 * @param charset   the text encoding the archive names, or null
 * @param location  the page's address, or null
 * @param subframes the frames' archives
 */
public record WebArchive(byte[] html, String charset, String location, List<WebArchive> subframes) implements SavedArchive {
    private static final byte[] BINARY = "bplist00".getBytes(StandardCharsets.ISO_8859_1);

    /** True when {@code bytes} are a Web Archive: a property list with a main resource. */
    public static boolean is(byte[] bytes) {
        if (bytes.length >= BINARY.length && Arrays.equals(bytes, 0, BINARY.length, BINARY, 0, BINARY.length)) {
            return true;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        return head.stripLeading().startsWith("<?xml") && head.contains("<plist") && head.contains("WebMainResource");
    }

    /** The archive in {@code bytes}; an archive of something that is not an HTML page is refused with the reason. */
    public static WebArchive read(byte[] bytes) throws BadPageException {
        NSObject root;
        try {
            root = PropertyListParser.parse(bytes);
        } catch (Exception | StackOverflowError e) {   // dd-plist's own parse exceptions, IOException, runtime ones; a
            // property list nested deeper than its recursive parser goes
            throw new BadPageException("a Web Archive that cannot be read: " + e.getMessage());
        }
        if (!(root instanceof NSDictionary dict)) {
            throw new BadPageException("a property list, not a Web Archive");
        }
        return archive(dict);
    }

    private static WebArchive archive(NSDictionary dict) throws BadPageException {
        if (!(dict.get("WebMainResource") instanceof NSDictionary main) || !(main.get("WebResourceData") instanceof NSData data)) {
            throw new BadPageException("a Web Archive with no page in it");
        }
        String mime = string(main, "WebResourceMIMEType");
        if (mime != null && !mime.toLowerCase(java.util.Locale.ROOT).contains("html")) {
            throw new BadPageException("a Web Archive of " + mime + ", not of an HTML page");
        }
        List<WebArchive> frames = new ArrayList<>();
        if (dict.get("WebSubframeArchives") instanceof NSArray array) {
            for (NSObject o : array.getArray()) {
                if (o instanceof NSDictionary frame) {
                    try {
                        frames.add(archive(frame));
                    } catch (BadPageException notAPage) {
                        // a frame of an image or a PDF shows no comments; WebKit skips invalid frames too
                    }
                }
            }
        }
        return new WebArchive(data.bytes(), string(main, "WebResourceTextEncodingName"), string(main, "WebResourceURL"),
                List.copyOf(frames));
    }

    private static String string(NSDictionary d, String key) {
        return d.get(key) instanceof NSString s && !s.getContent().isBlank() ? s.getContent().strip() : null;
    }

    /** A Web Archive says not when it was saved (the file's time stands for it). */
    @Override
    public String date() {
        return null;
    }

    /** Each frame by its address; a frame's {@code src} is resolved against the page's address first. */
    @Override
    public Frames frames() {
        if (subframes.isEmpty()) {
            return Frames.NONE;
        }
        return src -> {
            String address = Frames.unescaped(resolved(src));
            for (WebArchive f : subframes) {
                // (a frame a script wrote has no address of its own, about:blank: which one an iframe shows, the
                // archive does not say by address, so none is guessed)
                if (f.location() != null && !f.location().startsWith("about:")
                        && (f.location().equals(src) || Frames.unescaped(f.location()).equals(address))) {
                    return Optional.of(new Frames.Frame(PageDecoder.frameText(f.html(), f.charset()), f.frames()));
                }
            }
            return Optional.empty();
        };
    }

    private String resolved(String src) {
        try {
            return location == null ? src : URI.create(location).resolve(src.replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return src;
        }
    }
}
