package io.commentpulse.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.Optional;

/**
 * The documents a saved page's frames show, where the page was saved with them: a "Webpage, Complete" save keeps
 * each frame as a file in its {@code _files} folder ({@link FolderFrames}), an MHTML archive as a part of its own
 * ({@link MhtmlArchive#frames}). A comment widget (Disqus, Facebook's) lives in such a frame: read with the page, its
 * comments are the article's, as the reader saw them in it.
 */
public interface Frames {
    /**
     * An address or path with its %-escapes decoded ("An%20article_files/x.html"; WebKit writes "%C3%A9" where a page
     * may write "é"); a '+' stays a '+'. As written where an escape is broken.
     */
    static String unescaped(String address) {
        try {
            return java.net.URLDecoder.decode(address.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return address;
        }
    }

    /** A page saved without its frames. */
    Frames NONE = src -> Optional.empty();

    /** How deep frames inside frames are followed. */
    int DEPTH = 3;

    /** The document {@code src} (an iframe's or frame's {@code src} as the saved page writes it) names, if saved. */
    Optional<Frame> open(String src);

    /** A frame's document, and where the frames inside it are found. */
    record Frame(String html, Frames inner) {
    }

    /** At most this many frames are put in per page (a page of 200 ad frames, each of 200 more, reads the first ones). */
    int MAX_FRAMES = 64;

    /** And at most this many characters of frame documents per page. */
    int MAX_CHARS = 16 * 1024 * 1024;

    /**
     * Puts each saved frame's body where its {@code iframe} or {@code frame} element stands in {@code doc}, as a
     * {@code div} (frames inside frames too, {@link #DEPTH} deep; at most {@link #MAX_FRAMES} frames and
     * {@link #MAX_CHARS} characters in all); frames not saved with the page are left as they are. Returns how many were
     * put in.
     */
    static int inline(Document doc, Frames frames) {
        return frames == NONE ? 0 : inline(doc, frames, DEPTH, new long[]{0, 0});
    }

    private static int inline(Document doc, Frames frames, int depth, long[] spent) {
        int n = 0;
        for (Element frame : doc.select("iframe[src], frame[src]")) {
            if (spent[0] >= MAX_FRAMES || spent[1] >= MAX_CHARS) {
                break;
            }
            Optional<Frame> saved = frames.open(frame.attr("src").strip());
            if (saved.isEmpty()) {
                continue;
            }
            spent[0]++;
            spent[1] += saved.get().html().length();
            Document inner = Jsoup.parse(saved.get().html(), "", Parser.htmlParser());
            if (depth > 1) {
                n += inline(inner, saved.get().inner(), depth - 1, spent);
            }
            Element shown = new Element("div").attr("data-frame", frame.attr("src"));
            shown.insertChildren(0, inner.body().childNodes());
            frame.replaceWith(shown);
            n++;
        }
        return n;
    }
}
