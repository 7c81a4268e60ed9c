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
 * <li>A comment whose id was read before (same article, author, time and text: the same page saved twice, a thread's
 * next page repeating a comment) is left out, whatever else its page holds.</li>
 * <li>A page most of whose comments (80%, at least two of some length) have texts already read is a copy in another
 * format or saved again (the saved page and a text copy of it read an author or a time a little otherwise, so their
 * ids differ). Its comments are matched, each at most once, against the comments of the one file it copies (the file
 * most of its read texts came from), and those matched are left out: its new ones are kept (a later save adds the
 * comments posted since, a second "Agreed." among them), and so is a text that only another file had. A page that
 * shares a few comments with another (a reader posting the same words under two stories) keeps them all.</li>
 * </ul>
 * Texts are compared as their letters and digits, lower-cased, the first {@value #KEY} of them (a copy wraps lines,
 * drops punctuation or a trailing "Reply" otherwise); memory holds a few longs per comment.
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
            int kept = size - count();
            String others = kept == 0 ? "" : " (its " + kept + " other" + (kept == 1 ? "" : "s") + " kept)";
            if (from == null) {
                return String.format(java.util.Locale.ROOT, "%d of its %d comments were already read from another file (same article, author, "
                        + "time and text): %s; counted once%s", count(), size, sameIds ? "a copy of a page read before"
                        : "read before", others);
            }
            return String.format(java.util.Locale.ROOT, "%d of its %d comments were already read, as the same comments or their texts, from "
                    + "%s: a copy of it, in another format or saved again; counted once%s", count(), size, from, others);
        }
    }

    private static final int KEY = 80;
    /** A text shorter than this ("Agreed!") says little about whether a page is a copy. */
    private static final int TELLING = 20;
    private static final double SHARE = 0.8;

    /** Each comment id read, and the file it was read from. */
    private final Map<Long, Integer> ids = new HashMap<>();
    /** Each text read, and the files it was read from (in order, each once). */
    private final Map<Long, List<Integer>> texts = new HashMap<>();
    /** How often each text was read in each file (keyed by {@link #inFile}). */
    private final Map<Long, Integer> counts = new HashMap<>();
    private final List<String> files = new ArrayList<>();

    /** What {@code file}, read after the files judged before, leaves out; records its comments as read. */
    public Verdict judge(String file, Prints page) {
        int n = page.size();
        BitSet left = new BitSet(n);
        for (int i = 0; i < n; i++) {
            if (ids.containsKey(page.ids()[i])) {
                left.set(i);
            }
        }
        boolean sameIds = n > 0 && left.cardinality() == n;
        String from = null;
        int telling = 0;
        int read = 0;
        Map<Integer, Integer> holding = new HashMap<>();   // file -> how many of this page's texts it holds
        for (int i = 0; i < n; i++) {
            List<Integer> in = texts.get(page.texts()[i]);
            if (page.lengths()[i] >= TELLING) {
                telling++;
                read += in == null ? 0 : 1;
            }
            if (in != null && page.lengths()[i] > 0) {
                in.forEach(f -> holding.merge(f, 1, Integer::sum));
            }
        }
        if (!sameIds && telling >= 2 && read >= SHARE * telling) {
            // the file it copies: the one that holds most of its texts, the latest of those that hold as many
            int source = holding.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
            from = files.get(source);
            // each of the source's comments matches one of this page's at most; a comment already left out by an id
            // read from the source is one of them
            Map<Long, Integer> used = new HashMap<>();
            for (int i = 0; i < n; i++) {
                if (left.get(i) && ids.get(page.ids()[i]) == source) {
                    used.merge(page.texts()[i], 1, Integer::sum);
                }
            }
            for (int i = 0; i < n; i++) {
                long t = page.texts()[i];
                if (left.get(i)) {
                    continue;
                }
                int there = counts.getOrDefault(inFile(t, source), 0);
                int taken = used.getOrDefault(t, 0);
                if (taken < there) {
                    used.put(t, taken + 1);
                    left.set(i);
                }
            }
        }
        int index = files.size();
        files.add(file);
        for (int i = 0; i < n; i++) {
            ids.putIfAbsent(page.ids()[i], index);
            List<Integer> in = texts.computeIfAbsent(page.texts()[i], k -> new ArrayList<>(1));
            if (in.isEmpty() || in.get(in.size() - 1) != index) {
                in.add(index);
            }
            counts.merge(inFile(page.texts()[i], index), 1, Integer::sum);
        }
        return new Verdict(left, n, from, sameIds);
    }

    /** A text's key within one file's counts. */
    private static long inFile(long text, int file) {
        return text * 0x9E3779B97F4A7C15L + file;
    }

    /**
     * {@code files} with each text copy ({@code .txt}) that has a page of its name (another extension, in any of the
     * folders read; the copy's name may go on after the page's behind a dot, space, dash, underscore or bracket:
     * "story.txt", "story (copy).txt", "story.gold.txt" for "story.html") moved after all the others, in their order:
     * where both are read, the page's comments (with their authors, times and replies) are kept and the copy's left
     * out as read before.
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
            (isText(n) && ofAPage(stem(n), pageNames) ? last : first).add(f);
        }
        first.addAll(last);
        return first;
    }

    private static boolean ofAPage(String stem, Set<String> pageNames) {
        if (pageNames.contains(stem)) {
            return true;
        }
        for (int i = 1; i < stem.length(); i++) {
            if (". _-(".indexOf(stem.charAt(i)) >= 0 && pageNames.contains(stem.substring(0, i).strip())) {
                return true;
            }
        }
        return false;
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
