package io.commentpulse.extract;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Comments already read from another file, left out so that each counts once; {@code pulse} (through
 * {@link PageWalk}) and {@code pulse-spark} (on the driver) judge the pages in the same order with this one class.
 * <ul>
 * <li>A page all of whose comments have ids already read (same article, author, time and text) is a copy: all left
 * out.</li>
 * <li>A page most of whose comments (80%, at least two of some length) have texts already read is a copy in another
 * format or saved again (the saved page and a text copy of it read an author or a time a little otherwise, so their
 * ids differ): the comments whose text was read are left out, its new ones kept (a later save adds the comments
 * posted since). A page that shares a few comments with another (a thread's next page quoting one, a reader posting
 * the same words under two stories) keeps them all.</li>
 * </ul>
 * Texts are compared as their letters and digits, lower-cased, the first {@value #KEY} of them (a copy wraps lines,
 * drops punctuation or a trailing "Reply" otherwise); memory holds two longs per comment.
 */
public final class CopiedComments {
    /** One page's comments as compared: their ids and texts, hashed. */
    public record Prints(long[] ids, long[] texts, byte[] lengths) implements Serializable {
        /** The prints of comments with these ids and texts (in the page's order). */
        public static Prints of(List<String> ids, List<String> texts) {
            long[] i = new long[ids.size()];
            long[] t = new long[texts.size()];
            byte[] n = new byte[texts.size()];
            for (int k = 0; k < t.length; k++) {
                i[k] = hash(ids.get(k));
                String key = key(texts.get(k));
                t[k] = hash(key);
                n[k] = (byte) key.length();
            }
            return new Prints(i, t, n);
        }

        public static Prints of(List<Comment> comments) {
            return of(comments.stream().map(Comment::commentId).toList(), comments.stream().map(Comment::text).toList());
        }

        int size() {
            return texts.length;
        }
    }

    /** What a page leaves out (by its comments' positions), and the file most of them were read from. */
    public record Verdict(BitSet left, int size, String from, boolean sameIds) {
        public int count() {
            return left.cardinality();
        }

        /** The comments kept, of the page's {@code comments}. */
        public <T> List<T> kept(List<T> comments) {
            List<T> out = new ArrayList<>(comments.size() - count());
            for (int i = 0; i < comments.size(); i++) {
                if (!left.get(i)) {
                    out.add(comments.get(i));
                }
            }
            return out;
        }

        /** The warning that names it, where {@link #count} is more than 0. */
        public String warning() {
            if (sameIds) {
                return String.format("%d of its %d comments were already read from another file (same article, author, "
                        + "time and text): a copy of a page read before; counted once", size, size);
            }
            int kept = size - count();
            return String.format("%d of its %d comments have the texts of comments already read (most from %s): a copy "
                    + "of a page read before, in another format or saved again; counted once%s", count(), size, from,
                    kept == 0 ? "" : " (its " + kept + " other" + (kept == 1 ? "" : "s") + " kept)");
        }
    }

    private static final int KEY = 80;
    /** A text shorter than this ("Agreed!") says little about whether a page is a copy. */
    private static final int TELLING = 20;
    private static final double SHARE = 0.8;

    private final Set<Long> ids = new HashSet<>();
    private final Map<Long, Integer> texts = new HashMap<>();
    private final List<String> files = new ArrayList<>();

    /** What {@code file}, read after the files judged before, leaves out; records its comments as read. */
    public Verdict judge(String file, Prints page) {
        int n = page.size();
        BitSet left = new BitSet(n);
        boolean sameIds = n > 0;
        for (long id : page.ids()) {
            sameIds &= ids.contains(id);
        }
        String from = null;
        if (sameIds) {
            left.set(0, n);
        } else {
            int telling = 0;
            int read = 0;
            for (int i = 0; i < n; i++) {
                if (page.lengths()[i] >= TELLING) {
                    telling++;
                    read += texts.containsKey(page.texts()[i]) ? 1 : 0;
                }
            }
            if (telling >= 2 && read >= SHARE * telling) {
                Map<Integer, Integer> sources = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    Integer source = page.lengths()[i] == 0 ? null : texts.get(page.texts()[i]);
                    if (source != null) {
                        left.set(i);
                        sources.merge(source, 1, Integer::sum);
                    }
                }
                from = files.get(sources.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            }
        }
        int index = files.size();
        files.add(file);
        for (int i = 0; i < n; i++) {
            ids.add(page.ids()[i]);
            if (page.lengths()[i] > 0) {
                texts.putIfAbsent(page.texts()[i], index);
            }
        }
        return new Verdict(left, n, from, sameIds);
    }

    /**
     * {@code files} with each text copy ({@code .txt}) that has a page of the same name (another extension, in any of
     * the folders read) moved after all the others, in their order: where both are read, the page's comments (with
     * their authors, times and replies) are kept and the copy's left out as read before.
     */
    public static <T> List<T> textCopiesLast(List<T> files, Function<T, String> name) {
        Set<String> pageNames = new HashSet<>();
        for (T f : files) {
            if (!isText(name.apply(f))) {
                pageNames.add(stem(name.apply(f)));
            }
        }
        List<T> first = new ArrayList<>();
        List<T> last = new ArrayList<>();
        for (T f : files) {
            String n = name.apply(f);
            (isText(n) && pageNames.contains(stem(n)) ? last : first).add(f);
        }
        first.addAll(last);
        return first;
    }

    private static boolean isText(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt");
    }

    /** A file's name without its folders and extension, lower-cased. */
    private static String stem(String name) {
        String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).toLowerCase(java.util.Locale.ROOT);
    }

    /** The text as compared: its letters and digits, lower-cased, the first {@value #KEY}. */
    static String key(String text) {
        StringBuilder b = new StringBuilder(KEY);
        for (int i = 0; i < text.length() && b.length() < KEY; ) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
            }
            i += Character.charCount(c);
        }
        return b.toString();
    }

    /** 64-bit FNV-1a over the UTF-16 units (two ids or keys that differ hash apart; no base-31 look-alikes). */
    private static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h = (h ^ (c & 0xff)) * 0x100000001b3L;
            h = (h ^ (c >>> 8)) * 0x100000001b3L;
        }
        return h;
    }
}
