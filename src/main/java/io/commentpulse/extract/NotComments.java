package io.commentpulse.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

/**
 * Records that no reader wrote, whichever extractor read them (HTML or a text copy): the page's own post, a post's
 * byline or meta line, a comment widget's controls, a listing that counts its posts' comments, a listing's excerpts.
 * Found on real pages read with their thread cut out ({@link ThreadCut}), where such records were all that was left.
 */
final class NotComments {
    private NotComments() {
    }

    /** A line that ends on the mark of a cut excerpt: "Ham and Egg Crepe Squares […]". */
    private static final Pattern EXCERPT_END = Pattern.compile("\\[(?:\\.\\.\\.|…)\\]\\s*$");

    /**
     * A pingback or trackback as a copy prints it: another site's post named where a reader's name stands, and its
     * excerpt, whose first line ends on "[…]" ("Leftover Ham Recipes" / "Ham and Egg Crepe Squares […]"). A reader
     * who cuts a quote short goes on writing after it.
     */
    static boolean trackback(String text) {
        int nl = text.indexOf('\n');
        return EXCERPT_END.matcher(nl < 0 ? text : text.substring(0, nl)).find();
    }

    /**
     * A record no reader wrote: a bar of controls or paging ({@link #controlBar}), a listing that counts other posts'
     * comments ({@link #countsOtherPosts}) or a post's byline ({@link #postMeta}). (A record that is its own name again is judged with the page's others: {@link #echoList}.)
     */
    static boolean notSaid(String text, String author, String timestampRaw) {
        return controlBar(text) || countsOtherPosts(text) || postMeta(text, author, timestampRaw) || headline(text);
    }

    /** Quotation marks around a text (and a headline's closing dot). */
    private static final Pattern QUOTES_AROUND = Pattern.compile("^[\"“”'‘’«»]+|[\"“”'‘’«».]+$");
    /** A sentence's closing mark, at the end or before white space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?;:](?:\\s.*)?$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");

    /**
     * A headline, not a reader's words: one line of six words or more, each opening with a capital followed by small
     * letters ("Rudy Giuliani Is No Longer In The Running To Become…", a post shown as a card above its thread), the
     * small words too. Readers write sentences; one who shouts writes in capitals throughout, which this is not.
     */
    static boolean headline(String text) {
        String stripped = text.strip();
        if (stripped.indexOf('\n') >= 0) {
            return false;   // (taking the quotation marks off its ends takes no line break out)
        }
        String t = QUOTES_AROUND.matcher(stripped).replaceAll("");
        if (SENTENCE_END.matcher(t).matches() && !t.endsWith("?")) {
            return false;
        }
        String[] words = Spaces.split(t);
        int titled = 0;
        int small = 0;
        int n = 0;
        for (String w : words) {
            String letters = NOT_LETTERS.matcher(w).replaceAll("");
            if (letters.isEmpty()) {
                continue;
            }
            n++;
            boolean cap = Character.isUpperCase(letters.charAt(0))
                    && (letters.length() == 1 || !letters.substring(1).equals(letters.substring(1).toUpperCase(Locale.ROOT)));
            titled += cap ? 1 : 0;
            small += cap && letters.length() <= 3 && SMALL_WORDS.contains(letters.toLowerCase(Locale.ROOT)) ? 1 : 0;
        }
        return n >= 6 && titled == n && small >= 2;
    }

    /** Small words a sentence writes in lower case and a headline capitalises. */
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "is", "in", "to", "of", "on", "at", "by",
            "for", "and", "or", "as", "are", "be", "was", "its", "it", "but", "no", "not", "up", "out", "off", "new");

    /**
     * Whether the records whose text is their name again ({@link #echoesName}) are more than half of a page's
     * {@code records}: a list of links, each read for both (a forum's latest topics, "new member intro" / "new member
     * intro"), whose echoing records are no comments. A few such records among others are comments that are only a
     * title, which the record detector, where no markup says which part is the name, may read as the name too.
     */
    static boolean echoList(long echoing, int records) {
        return echoing * 2 > records;
    }

    /** A text that is its record's name again ("new member intro" / "new member intro"). */
    static boolean echoesName(String text, String author) {
        String name = author.strip();
        return !name.isEmpty() && text.length() <= 2 * name.length() + ECHO_SLACK   // (most texts are far longer)
                && ComparableText.of(text).equals(ComparableText.of(name));
    }

    // ---- the page's own text

    /**
     * The share of a page's text that no reader's comment reaches: a long record holding this much of it, where the
     * page holds much besides its records, is the page's own text (the article or post, read as a record where its
     * thread is empty or missing), not a reply to it. Measured on the annotated pages: a comment holds at most 0.27 of
     * its page's text, a post read as a record 0.38 to 0.83.
     */
    static final double MAIN_TEXT_SHARE = 0.35;

    /** A record shorter than this (characters but white space) is never taken for the page's own text. */
    static final int MAIN_TEXT_MIN = 800;

    /**
     * A page with less than this (characters but white space) outside all its records is a copy of its thread (or of
     * one long comment), not an article page: its records are all comments.
     */
    static final int OUTSIDE_MIN = 500;

    /**
     * {@link #mainText(String, int, int)} on a page whose characters {@code pageChars} counts when asked (only for a
     * record long enough to be the page's text), {@code recordChars} of them in its records.
     */
    static boolean mainText(String text, IntSupplier pageChars, int recordChars) {
        return chars(text) >= MAIN_TEXT_MIN && mainText(text, pageChars.getAsInt(), pageChars.getAsInt() - recordChars);
    }

    /**
     * Whether a record of {@code text} is the page's own text, on a page of {@code pageChars} of which
     * {@code outsideRecords} lie outside every record (counted by {@link #chars}).
     */
    static boolean mainText(String text, int pageChars, int outsideRecords) {
        int n = chars(text);
        return n >= MAIN_TEXT_MIN && n >= MAIN_TEXT_SHARE * pageChars && outsideRecords >= OUTSIDE_MIN;
    }

    /** The characters of a text but white space. */
    static int chars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00a0' ? 0 : 1;
        }
        return n;
    }

    // ---- bylines

    /**
     * A post's byline or meta line rather than anything said: "by jkra0512 0 comments | 2 recs", "Posted by
     * Alexandra Grigorescu", "Written by Guest Contributor - 6 Comments", "Posted on Thursday, November 1st, 2012 in
     * Recipes." (a listing of posts, or the article's own byline, read as a record); {@code author} and
     * {@code timestampRaw} are the record's. In English, German, French and Spanish. A question or an exclamation is
     * said ("¡Por el no!"), and so is a sentence that opens "Posted in …" without the record's date.
     */
    static boolean postMeta(String text, String author, String timestampRaw) {
        String t = text.strip();
        if (t.length() > 240 || t.indexOf('?') >= 0 || t.indexOf('!') >= 0 || t.indexOf('¡') >= 0 || t.indexOf('¿') >= 0) {
            return false;
        }
        if (!timestampRaw.isBlank()) {
            if (postedOnDateIn(t, timestampRaw.strip())) {
                return true;
            }
            t = t.replace(timestampRaw.strip(), " ");
        }
        if (BY_NAME.matcher(t.strip()).matches()) {
            return true;   // "By Janet Stobart": an article's byline whose name no slot took out (no markup names it)
        }
        // the name's words, wherever the slot cut it ("FrankDNole over" for "by FrankDNole … over 1 year ago")
        Set<String> name = new HashSet<>(List.of(author.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")));
        int n = 0;
        boolean byline = false;
        for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            // (a cue counts where the name holds the word too: "by A's Fan by Design 8 comments | 5 recs")
            byline |= BYLINE_CUES.contains(w);
            if (w.isEmpty() || name.contains(w)) {
                continue;
            }
            if (!BYLINE_WORDS.contains(w)) {
                return false;
            }
            n++;
        }
        return n > 0 && byline;
    }

    /**
     * "Posted on DATE in Category, Other Category." with the record's own date: a post's meta line, its categories a
     * list of names closing the text.
     */
    private static boolean postedOnDateIn(String text, String date) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return false;   // (a letter whose lower case is longer: positions would not match)
        }
        java.util.regex.Matcher m = POSTED.matcher(lower);
        if (!m.lookingAt() || !lower.startsWith(date.toLowerCase(Locale.ROOT), m.end())) {
            return false;
        }
        return CATEGORIES.matcher(text.substring(m.end() + date.length())).matches();
    }

    private static final Pattern POSTED = Pattern.compile("(?:posted|filed|published|veröffentlicht|publié|publicado)"
            + "\\s+(?:on|am|le|el|en)?\\s*");

    /** " in Gluten-Free or modifiable, Main Courses, Recipes.": capitalised names after in/under, to the end. */
    private static final Pattern CATEGORIES = Pattern.compile("(?u)\\s+(?:in|under|unter|dans|en)\\s+\\p{Lu}[^.!?;]{0,120}\\.?");

    /**
     * A byline and nothing else: its cue, then one to four capitalised names ("By Janet Stobart", "Von Anna Maier",
     * "By Jessica Guynn and Tom Lee"). A reader writes more than a name after "by".
     */
    private static final Pattern BY_NAME = Pattern.compile("(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or):?\\s+"
            + "\\p{Lu}[\\p{L}'’.-]*(?:,?\\s+(?:and|und|et|y|&|\\p{Lu}[\\p{L}'’.-]*)){0,4}[,.]?");

    /** Words a byline holds besides its name and date. */
    private static final Set<String> BYLINE_WORDS = Set.of("by", "posted", "written", "published", "submitted",
            "filed", "on", "at", "in", "under", "comments", "comment", "rec", "recs", "replies", "reply", "views", "view",
            "no", "von", "am", "um", "geschrieben", "veröffentlicht", "kommentare", "kommentar", "antworten", "par",
            "le", "à", "publié", "écrit", "commentaires", "commentaire", "réponses", "por", "el", "publicado",
            "escrito", "comentarios", "comentario", "respuestas");

    /** The words that make a line of those a byline, not a control bar. */
    private static final Set<String> BYLINE_CUES = Set.of("by", "posted", "written", "published", "submitted",
            "von", "geschrieben", "veröffentlicht", "par", "publié", "écrit", "por", "publicado", "escrito");

    // ---- listings

    /**
     * A record that counts the comments of other posts under their bylines, twice or more ("by germanshepard44 4 days
     * ago 7 comments | 3 recs … by Thermacold 7 months ago 23 comments"): a listing of posts read as one record. A
     * reader may count comments ("there were 15 comments. After I emailed woah, 75 comments"), not under bylines.
     */
    static boolean countsOtherPosts(String text) {
        java.util.regex.Matcher m = POST_COUNT.matcher(text);
        int n = 0;
        while (m.find()) {
            if (++n >= 2) {
                return true;
            }
        }
        return false;
    }

    /** "by NAME … N comments", on one line or, as a text browser copies it, the count on the next. */
    private static final Pattern POST_COUNT = Pattern.compile("(?iu)(?=[bvp])\\b(?:by|von|par|por)\\s+\\S[^.!?\\n]{0,60}?"
            + "(?:\\n\\s*)?\\b\\d+\\s*(?:comments?|kommentare?|commentaires?|comentarios?)\\b");

    /** White space a text may have beyond its name's and still be the name again. */
    private static final int ECHO_SLACK = 16;

    /**
     * Three records or more, every one cut off with an ellipsis ("…", "...") at about one length (within a fifth of
     * the longest): a listing's excerpts of other posts or of the latest comments, each cut where a link leads on,
     * not a thread read in full (readers who trail off do so at lengths of their own).
     */
    static boolean excerpts(List<String> texts) {
        if (texts.size() < 3) {
            return false;
        }
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (String t : texts) {
            String s = t.strip();
            if (s.length() > 400 || !(s.endsWith("…") || s.endsWith("..."))) {
                return false;
            }
            shortest = Math.min(shortest, s.length());
            longest = Math.max(longest, s.length());
        }
        return shortest >= 0.8 * longest;
    }

    // ---- controls

    /**
     * True when a record's text is only a thread's controls and paging ("Add comment Load more...", "View all 12
     * comments", "Leave a Response"): what a comment widget shows where no comment is. Two different words or more,
     * one of them a word that loads or leaves ("load", "view", "older", "weitere", "leave"…): a reader who answers
     * "Older.", "Show all." or "Ver más" said it.
     */
    static boolean controlBar(String text) {
        if (CommentChrome.onlyControls(text)) {
            return true;
        }
        if (text.indexOf('?') >= 0 || text.indexOf('!') >= 0) {
            return false;
        }
        if (sortBar(text)) {
            return true;
        }
        String first = FirstWord.of(text, true, false);
        if (first != null && !first.isEmpty() && !CommentChrome.controlWord(first) && !PAGING_WORDS.contains(first)) {
            return false;
        }
        boolean paging = false;
        Set<String> distinct = new HashSet<>();
        for (String w : CommentChrome.NOT_WORD_OR_DASH.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                if (!CommentChrome.controlWord(w) && !PAGING_WORDS.contains(w)) {
                    return false;
                }
                paging |= PAGING_CUES.contains(w);
                distinct.add(w);
            }
        }
        return paging && distinct.size() >= 2;
    }

    /** Words of a thread's paging and loading ("Load more...", "View all comments", "Weitere laden", "Afficher plus"). */
    /**
     * A thread's sort tabs and nothing else ("Newest Oldest Most Voted", wpDiscuz over a thread its script never
     * loaded; "Neueste Älteste", "Plus récents Plus anciens"): their words only, newest and oldest both among them.
     */
    static boolean sortBar(String text) {
        String first = FirstWord.of(text, false, false);
        if (first != null && !first.isEmpty() && !SORT_WORDS.contains(first)) {
            return false;
        }
        Set<String> words = new HashSet<>();
        for (String w : NOT_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                if (!SORT_WORDS.contains(w)) {
                    return false;
                }
                words.add(w);
            }
        }
        return words.stream().anyMatch(NEWEST::contains) && words.stream().anyMatch(OLDEST::contains);
    }

    private static final Set<String> NEWEST = Set.of("newest", "latest", "neueste", "neuste", "récents", "recientes");
    private static final Set<String> OLDEST = Set.of("oldest", "älteste", "anciens", "antiguos");
    private static final Set<String> SORT_WORDS = Set.of("newest", "latest", "oldest", "most", "voted", "liked",
            "popular", "recent", "best", "top", "rated", "first", "sort", "by", "neueste", "neuste", "älteste",
            "beste", "beliebteste", "zuerst", "plus", "récents", "anciens", "meilleurs", "más", "recientes",
            "antiguos", "mejores", "votados");

    private static final Set<String> PAGING_WORDS = Set.of("load", "loading", "show", "view", "all", "older", "newer",
            "previous", "next", "hide", "laden", "weitere", "anzeigen", "afficher", "plus", "cargar", "ver", "más",
            // the comment form's heading where no comment is ("Leave a Response", "Leave a Reply")
            "leave", "response", "responses");

    /** The paging words a reader's short answer hardly consists of. */
    private static final Set<String> PAGING_CUES = Set.of("load", "loading", "view", "older", "newer", "laden",
            "weitere", "anzeigen", "afficher", "cargar", "leave");
}
