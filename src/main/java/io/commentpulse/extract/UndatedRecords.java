package io.commentpulse.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Comments without a dated byline in a text dump (Disqus' plain fallback, wpDiscuz guests, lists of "• name" items):
 * after the line that announces the comments, each record is a name alone on its line (behind a bullet, an avatar's
 * alt text or the commenter's web address) with its text right after it. A date in a footer line ("14 minutes ago
 * Report abuse", "#1 - Tue Jul 24, 2012 10:14 AM EDT") is the record's time. Three records in a row at least, by two
 * names or more, or none: a page's other lists are no comments.
 */
final class UndatedRecords {
    private static final Pattern LEADING_MARKS = Pattern.compile("^(?:[\\p{So}•*·◦\\-]\\s*)+");
    /** A badge glyph after the name ("Brandon ☆": the article's author). */
    private static final Pattern TRAILING_BADGE = Pattern.compile("(?:\\s*\\p{So})+$");
    /** The commenter's web address before the name ("http://www.bohnetlaw.com rightappeal"). */
    private static final Pattern SITE = Pattern.compile("^(?:https?://|www\\.)\\S+\\s+(?=\\S)");
    /** An avatar's alt text before the name, glued to it or not ("Comment author avatarbytor104", lynx's "… avatar bytor104"). */
    private static final Pattern AVATAR_ALT = Pattern.compile("(?i)^(?:[\\p{L}]+\\s+){0,3}avatar(?=[\\p{L}\\p{N}])"
            + "|^(?:[\\p{L}]+\\s+){1,3}avatar\\s+(?=\\S)");
    /**
     * A statement's end, as a title seldom has one: "… (Part III)" and "… Tools?" are titles' ends too, and so is a
     * title cut short ("Residential Project Inspiring Well-…", "I think that hiring happy...").
     */
    private static final Pattern STATEMENT_END = Pattern.compile(".*(?<!\\.\\.)[.!:;\"”»]$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?…)\"”»؟]$");
    private static final int MIN_RECORDS = 3;
    /** A standing right after a name, a count then a short word: " 5pts", " 1,204 points", " 12 Likes". */
    private static final Pattern STANDING_FIRST = Pattern.compile("\\s+\\d[\\d,.]*\\s*\\p{L}{0,12}(?:\\s|$)");

    /** A text that ends cut short, as a teaser's excerpt does: "… even with a triple...", "… wonder why he has…". */
    private static final Pattern CUT_SHORT = Pattern.compile("\\p{L}(?:\\.\\.\\.|…)\\s*$");

    /**
     * Whom a reply answers, on its line under the writer's name (wpDiscuz: "swasthi" / "Reply to  Noreen Machado"):
     * neither a name nor the text.
     */
    private static final Pattern REPLY_TARGET = Pattern.compile("(?i)(?:reply to|in reply to|replying to|antwort an|"
            + "als antwort auf|en réponse à|réponse à|en respuesta a|respuesta a)\\s+\\S.{0,60}");

    /** A thread's pager: "Comment navigation", "« Older Comments", "Newer Comments →", "Ältere Kommentare". */
    private static final Pattern COMMENT_PAGER = Pattern.compile("(?i)(?:[«‹←]\\s*)?(?:comment navigation|"
            + "(?:older|newer|previous|next) comments|ältere kommentare|neuere kommentare|commentaires (?:plus anciens|"
            + "précédents|suivants)|comentarios (?:anteriores|siguientes|más antiguos))(?:\\s*[»›→])?");

    /** A comment form's label over its text box, as a browser's copy keeps it: "Comment", "Kommentar:", "Reply". */
    private static final Pattern BOX_LABEL = Pattern.compile("(?i)(?:comment|kommentar|commentaire|comentario|reply|"
            + "antwort|réponse|respuesta)\\s*[:*]?");

    /** A commenter's standing alone on its line under the name: "1 Like", "5pts", "12 Votes". */
    private static final Pattern STANDING_ALONE = Pattern.compile("\\d[\\d,.]*\\s*\\p{L}{1,12}");
    /** A commenter's standing after the name: "RonHarris 5pts", "Ann 1,204 points". */
    private static final Pattern STANDING_AFTER = Pattern.compile("(?i)(?<=\\S)\\s+\\d[\\d,.]*\\s*(?:pts|points?)$");

    private UndatedRecords() {
    }

    /** A record's name and text lines, and the line of its date when a date alone stands above the name (or -1). */
    private record Start(int nameLine, int textLine, String author, int dateLine) {
        /** The record's first line: where the one before it ends. */
        int firstLine() {
            return dateLine >= 0 ? dateLine : nameLine;
        }
    }

    /** The words of a sidebar's latest comments ("Recent Comments", "Neueste Kommentare"): no heading of a thread. */
    private static final String RECENT = "recent|latest|neueste|letzte|derniers|últimos";

    /**
     * A heading that announces this page's comments, alone on its line: "7 Comments", "COMMENTS", "Discuss this
     * post", "Kommentare abonnieren?". A menu's item ("• Comments"), a count of none (before the word or after it: "Comments (0)"), a sidebar's recent comments, or a
     * link to comments shown elsewhere ("Alle Kommentare anzeigen"), an anchor's id, or a sentence's end ("… these
     * comments.") is no such heading.
     */
    private static final Pattern NOT_A_HEADING = Pattern.compile("(?i)^(?:[" + TextBodies.BULLETS + "]|\\W*" + ThreadBounds.THERE_ARE
            + "?(?:0|no|keine|aucun|aucune|sin|ningún|لا)\\s"
            + "|.*" + ThreadBounds.NONE_AFTER   // a count of none after the word ("Comments (0)")
            + "|.*\\p{L}0\\s*$"   // or glued to it, as a browser copies a share bar's counter ("Comments0")
            + "|.*\\p{L}\\s*\\(\\s*\\)\\s*$"   // or a counter a script never filled ("Comments ()"): a button
            + "|.*\\p{L}[-_]\\d"   // an anchor's id ("comment-1375427290")
            + "|.*\\b(?:" + RECENT + "|rss|feed"
            // a link or a button that leads to comments shown elsewhere, or to the form
            + "|show|view|see|read|write|hide|add|(?<!this )post|leave|submit|enter|notify|subscribe|do|anzeigen|lesen|schreiben"
            + "|ausblenden|abgeben|afficher|voir|lire|écrire|laisser|ver|mostrar|leer|escribir|dejar)\\b"
            + "|.*(?<![\\p{L}])(?:أضف|اضف|اترك|اكتب|عرض|إظهار|اظهار|أحدث)(?![\\p{L}]))");
    /** A sidebar's list of the site's latest comments, under the thread: where the thread has ended. */
    private static final Pattern SIDEBAR_HEADING = Pattern.compile("(?i)(?:" + RECENT + "|newest|aktuelle)\\s+"
            + "(?:comments|kommentare|commentaires|comentarios)|(?:commentaires|comentarios)\\s+(?:récents|recientes)");
    /** The count a heading gives ("7 Comments", "One Comment"): a run far longer than that is no comment list. */
    private static final Pattern COUNT = Pattern.compile("(?i)^\\W*" + ThreadBounds.THERE_ARE
            + "?(\\d{1,5}|two|three|" + CueWords.ONE + ")\\b");
    private static final int NEAR_HEADING = 12;
    /** A comment form's notices to the reader about their account ("You must select a username in order to post a comment"). */
    private static final Pattern ACCOUNT_NOTICE = Pattern.compile("(?i)^(?:you must [^.!?\\n]{1,80}\\bin order to (?:post|leave|add|write)"
            + " a comment\\b|thank you for registering!|edit your account information$)");

    /**
     * The run of three records or more that opens right under the last comments heading to have one, and holds no
     * more than about the number of comments the heading gives (and, where a counter beside it gives the number, at
     * least a fair share of them: {@link #FAIR_SHARE}); none if no heading has one, and none above a heading (alone or
     * a count) whose thread is empty: a count higher up is the post's link to it.
     */
    static List<TextExtractor.Raw> find(List<String> lines, ExtractOptions options, OffsetDateTime ref) {
        boolean listingCounters = TextListings.listingCounters(lines);
        boolean emptied = false;
        for (int cue = lines.size() - 1; cue >= 0; cue--) {   // the last: a count at the top is a link to the thread below
            String l = lines.get(cue);
            if (l.length() <= 60 && !l.endsWith(".") && ThreadBounds.isCommentsCue(l) && !NOT_A_HEADING.matcher(l).find()
                    && !COMMENT_PAGER.matcher(l.strip()).matches()   // "Older Comments" under the thread heads nothing
                    // a share bar's "Comments" entry heads nothing; a count right under the form's button does, in
                    // a run of short lines or not ("[Post Comment]" / "239 Comments" / "Inline Feedbacks" / "Anonymous")
                    && (!ThreadBounds.inMenu(lines, cue) || underSubmit(lines, cue) && COUNT.matcher(l).find())
                    // one of a listing's counters ("51 comments", "94 comments", … under each post) heads no thread
                    && !(listingCounters && TextListings.counter(l))) {
                if (noneCountedUnder(lines, cue) || ThreadBounds.formLabelAt(lines, cue)) {
                    continue;   // "Comments" / "Show Comments" / "0 Comments": what follows is the widget's help text;
                                // "Comment" over "Name *" and "Email *": the form's labels in a browser's copy
                }
                if (emptied) {
                    break;   // "194 Comments" at the top links to the thread under the heading below, found empty
                }
                Stated stated = count(lines, cue);
                List<TextExtractor.Raw> run = after(lines, cue, options, ref);
                // (a heading alone or a count heading: a control's "Kommentar verschieben" or a menu's "Comments of
                // The Week" heads no thread, empty or not, nor does a form's "Comment" over its box in a browser's copy)
                emptied = run.isEmpty() && (ThreadBounds.COMMENTS_TITLE.matcher(l).matches()
                        && !BOX_LABEL.matcher(l.strip()).matches() || ThreadBounds.COUNT_HEADING.matcher(l).matches());
                boolean fair = !stated.counter() || run.size() * FAIR_SHARE >= Math.min(stated.n(), FIRST_PAGE);
                if (!run.isEmpty() && run.size() <= stated.n() + 2 && fair) {
                    return run;
                }
            }
        }
        return withoutHeading(lines, options, ref);
    }

    /**
     * A count of no comments stands near under the heading ("0 Comments", "Comments (0)"): undated records there are the
     * comment widget's own text (its badges' legend, its sign-in prompts), as a page with readers' comments on it
     * does not say it has none.
     */
    private static final int NONE_COUNTER = 30;
    private static final Pattern COMMENT_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?:comments?|kommentare?|commentaires?|"
            + "comentarios?|تعليقات?)(?![\\p{L}])");

    /** The line over {@code cue} ends with the form's button ("[Post Comment]", "[ ] [Post Comment]"). */
    private static boolean underSubmit(List<String> lines, int cue) {
        if (cue == 0) {
            return false;
        }
        String l = lines.get(cue - 1).strip();
        int open = l.lastIndexOf('[');
        return open >= 0 && FormButtons.SUBMIT.matcher(l.substring(open)).matches();
    }

    private static boolean noneCountedUnder(List<String> lines, int cue) {
        for (int j = cue + 1; j < lines.size() && j <= cue + NEAR_HEADING; j++) {
            String l = lines.get(j).strip();
            // a counter of comments, no sentence: "0 Comments", "Comments (0)"; not a comment's own "Replies (0)"
            if (l.length() <= NONE_COUNTER && ThreadBounds.NONE_COUNTED.matcher(l).find() && COMMENT_WORD.matcher(l).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Disqus' plain fallback with no heading over it: the names carry the commenter's web address ("http://twitter.com/
     * jyarmis Jonathan L. Yarmis"). Three such names or more make the list a thread, read from the record before the
     * first of them (a commenter without an address). Where a browser marks each name as a list item ("• http://… Ann"),
     * only a thread that Disqus' own closing line ends ("blog comments powered by Disqus") counts, and it ends there,
     * or one whose number of records the page states above it ("8 COMMENTS"): a page's other lists of linked names with
     * a sentence each (blogrolls, sponsors, people to follow) look the same.
     */
    private static List<TextExtractor.Raw> withoutHeading(List<String> lines, ExtractOptions options, OffsetDateTime ref) {
        int first = -1;
        int sited = 0;
        int firstMarked = -1;
        int marked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            String item = BULLET.matcher(l).replaceFirst("");
            if (SITE.matcher(l).lookingAt() && name(l, options, ref) != null) {
                sited++;
                first = first < 0 ? i : first;
            } else if (item.length() < l.length() && SITE.matcher(item).lookingAt() && name(item, options, ref) != null) {
                marked++;
                firstMarked = firstMarked < 0 ? i : firstMarked;
            }
        }
        if (sited >= MIN_RECORDS) {
            int from = first;
            for (int j = first - 1, back = 0; j >= 0 && back < 2; j--) {
                if (!lines.get(j).isBlank()) {
                    back++;
                    from = j;
                }
            }
            return after(lines, from - 1, options, ref);
        }
        if (marked < MIN_RECORDS) {
            return List.of();
        }
        int end = firstMarked;
        while (end < lines.size() && !POWERED_BY_DISQUS.matcher(lines.get(end)).matches()) {
            end++;
        }
        int from = markedBefore(lines, firstMarked, options, ref);
        if (end < lines.size()) {
            return after(lines.subList(0, end), from - 1, options, ref);
        }
        // no closing line: the page's own count of its comments over the list ("8 COMMENTS + ADD YOUR COMMENT" beside
        // the post's date) must give exactly the number of records, as a blogroll's or a sponsor list's never does
        List<TextExtractor.Raw> run = after(lines.subList(0, listEnd(lines, from, options, ref)), from - 1, options, ref);
        return ThreadBounds.countedAbove(lines, from, run.size()) ? run : List.of();
    }

    /**
     * Where the list whose item opens at {@code first} ends: at the first line past it that holds a name alone and is
     * no item of its own (the page's next block: "BOOK", "SIGN UP"). A comment's text seldom is a name alone.
     */
    private static int listEnd(List<String> lines, int first, ExtractOptions options, OffsetDateTime ref) {
        for (int j = first + 1; j < lines.size(); j++) {
            String l = lines.get(j).strip();
            if (!BULLET.matcher(l).lookingAt() && name(l, options, ref) != null) {
                return j;
            }
        }
        return lines.size();
    }

    /** A list item's bullet as w3m ("•") and lynx ("*") print it. */
    private static final Pattern BULLET = Pattern.compile("^[•*]\\s+");
    /**
     * Disqus' line under the thread it printed ("blog comments powered by Disqus", alone on its line). Not its notice
     * "Please enable JavaScript to view the comments powered by Disqus.", alone or with that line after it on one line:
     * pages with Disqus and no comments print those too.
     */
    private static final Pattern POWERED_BY_DISQUS = Pattern.compile("(?i)^\\s*blog\\s+comments powered by disqus\\.?\\s*$");

    /**
     * The first of the marked records ("• Anonymous" / its text) right before a marked record with a web address:
     * readers without one open the list the same way. Only records whose text alone stands between them.
     */
    private static int markedBefore(List<String> lines, int first, ExtractOptions options, OffsetDateTime ref) {
        int from = first;
        for (int j = from - 1; j >= 0 && from - j <= NEAR_HEADING; j--) {
            String l = lines.get(j).strip();
            if (l.isEmpty() || CopyLines.blankish(l)) {
                continue;
            }
            if (!BULLET.matcher(l).lookingAt()) {
                if (isText(l, options, ref)) {
                    continue;   // the text of the record above
                }
                break;
            }
            int t = j + 1;
            while (t < from && CopyLines.blankish(lines.get(t))) {
                t++;
            }
            if (name(l, options, ref) == null || t >= from || !isText(lines.get(t), options, ref)) {
                break;
            }
            from = j;
        }
        return from;
    }

    /**
     * A run of records holds at least a quarter of the comments a counter beside its heading gives, counting at most
     * this many (a long thread may show only its first page, or its replies folded away): fewer, and they are something
     * else the counter happens to stand over ("48" / "comments" beside a post's date, over the post's own sections). A
     * heading's own words ("248 Comments") bound the run only from above: a page may show its first few.
     */
    private static final int FIRST_PAGE = 30;
    private static final int FAIR_SHARE = 4;
    /** What {@link #count} gives for a heading without a number. */
    private static final int UNCOUNTED = Integer.MAX_VALUE / 4;

    private static final String COMMENTS_WORD = "comments?|kommentare?|commentaires?|comentarios?";
    /** A counter's number glued to its word, as a browser copies a badge: "99comments", "Kommentare12". */
    private static final Pattern GLUED_COUNT = Pattern.compile("(?i)(\\d{1,5})(?:" + COMMENTS_WORD + ")|(?:" + COMMENTS_WORD
            + ")(\\d{1,5})");
    /** A heading that is the word alone, under a counter's number: "comments", "Kommentare". */
    private static final Pattern WORD_ALONE = Pattern.compile("(?i)(?:" + COMMENTS_WORD + ")");
    private static final Pattern NUMBER_ALONE = Pattern.compile("\\d{1,5}");

    /** The number of comments a heading gives, and whether a counter beside its word gave it. */
    record Stated(int n, boolean counter) {
    }

    /**
     * The number of comments the heading on line {@code cue} gives: in its words ("7 Comments", "There are two
     * comments"), or on a counter: glued to the word ("99comments"), or alone on the line above a heading that is the
     * word alone (a blank line between them or none), where a counter's number and word sit in boxes of their own
     * ("48" / "comments"), unless a number stands alone under the word too (a bar of counters: likes, then comments);
     * {@link #UNCOUNTED} if it gives none.
     */
    static Stated count(List<String> lines, int cue) {
        String heading = lines.get(cue).strip();
        int inWords = count(heading);
        if (inWords != UNCOUNTED) {
            return new Stated(inWords, false);
        }
        java.util.regex.Matcher glued = GLUED_COUNT.matcher(heading);
        if (glued.matches()) {
            return new Stated(Integer.parseInt(glued.group(1) != null ? glued.group(1) : glued.group(2)), true);
        }
        if (WORD_ALONE.matcher(heading).matches()) {
            int above = nonBlankNear(lines, cue, -1);
            int below = nonBlankNear(lines, cue, 1);
            if (above >= 0 && NUMBER_ALONE.matcher(lines.get(above).strip()).matches()
                    && !(below >= 0 && NUMBER_ALONE.matcher(lines.get(below).strip()).matches())) {
                return new Stated(Integer.parseInt(lines.get(above).strip()), true);
            }
        }
        return new Stated(UNCOUNTED, false);
    }

    /** The first non-blank line one or two lines from {@code i} in direction {@code step}, or -1. */
    private static int nonBlankNear(List<String> lines, int i, int step) {
        for (int j = i + step; j >= 0 && j < lines.size() && Math.abs(j - i) <= 2; j += step) {
            if (!lines.get(j).isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static int count(String heading) {
        java.util.regex.Matcher m = COUNT.matcher(heading);
        if (!m.find()) {
            return UNCOUNTED;
        }
        String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return switch (n) {
            case "two" -> 2;
            case "three" -> 3;
            default -> Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : 1;   // (a word for one)
        };
    }

    private static List<TextExtractor.Raw> after(List<String> lines, int cue, ExtractOptions options, OffsetDateTime ref) {
        List<Start> starts = new ArrayList<>();
        int end = lines.size();
        int nonBlank = 0;
        int lastLong = cue;
        boolean underButton = false;
        int sinceCue = 0;
        for (int i = cue + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (starts.isEmpty() && (ThreadBounds.sidebarHeading(lines, i)
                    || ThreadBounds.SUGGESTIONS.matcher(line.strip()).matches())) {
                return List.of();   // a sidebar's heading ("EDITORS' PICKS") before any record: the thread is empty
            }
            if (starts.isEmpty() && FormButtons.SUBMIT.matcher(line.strip()).matches()) {
                nonBlank = 0;   // the form's button ("[Kommentar veröffentlichen]"): the thread may open under the form
                underButton |= ++sinceCue > NEAR_HEADING;
                continue;
            }
            if (ThreadBounds.isStop(line) || ThreadBounds.isFormField(line)
                    || !starts.isEmpty() && (SIDEBAR_HEADING.matcher(line).matches()
                    || ThreadBounds.SUGGESTIONS.matcher(line.strip()).matches()
                    // a prompt to sign in or to join the discussion elsewhere, under the thread it closes
                    || ThreadBounds.FORM_PROMPT.matcher(line.strip()).matches()
                    // the thread's pager under its last comment ("Comment navigation" / "Older Comments")
                    || COMMENT_PAGER.matcher(line.strip()).matches()
                    || ThreadBounds.sidebarHeading(lines, i) && !recordAhead(lines, i, options, ref)
                    // another comments heading alone: this one headed the article's top, not the thread
                    || ThreadBounds.COMMENTS_TITLE.matcher(line).matches() && !COUNT.matcher(line).find())) {
                if (starts.isEmpty()) {
                    continue;   // "Post a Comment" between the heading and the first comment
                }
                end = i;
                break;
            }
            if (starts.isEmpty() && !line.isEmpty() && ++nonBlank > NEAR_HEADING) {
                return List.of();
            }
            if (starts.isEmpty() && !line.isEmpty() && ++sinceCue > NEAR_HEADING) {
                underButton = true;   // reached only past the form's button
            }
            if (line.length() >= 30) {
                lastLong = i;
            }
            if (!starts.isEmpty() && i - lastLong > 20) {
                break;   // twenty lines without a sentence since the last record's text: the comments have ended
            }
            String name = name(line, options, ref);
            if (name == null) {
                continue;
            }
            int t = i + 1;
            while (t < lines.size() && t <= i + 2 && CopyLines.blankish(lines.get(t))) {
                t++;
            }
            if (t < lines.size() && nameAgain(lines.get(t), name)) {
                // the name again with its standing and controls (Livefyre: "RonHarris" / "RonHarris 5pts 1 Like")
                int again = t;
                while (t < lines.size() && t <= again + 3 && !lines.get(t).isBlank()) {
                    t++;   // (its controls run on over the next lines: "like.author.displayName 4 Like")
                }
                while (t < lines.size() && t <= again + 6 && CopyLines.blankish(lines.get(t))) {
                    t++;
                }
            }
            boolean answering = false;
            boolean rated = false;
            if (t < lines.size() && (STANDING_ALONE.matcher(lines.get(t).strip()).matches()
                    || REPLY_TARGET.matcher(lines.get(t).strip()).matches())) {
                answering = REPLY_TARGET.matcher(lines.get(t).strip()).matches();
                rated = CommentChrome.ratingLine(lines.get(t));   // (a reader's rating under the name: "5 stars")
                int standing = t++;   // its standing alone under the name ("dola25x" / "1 Like"), then the text
                while (t < lines.size() && t <= standing + 2 && CopyLines.blankish(lines.get(t))) {
                    t++;
                }
            }
            // (a form's field under its label is no text: "Invalid E-mail address" / "_____ Add a personal message:");
            // under whom a reply answers, the next plain line is its text however short ("Thank you", "Hi Noreen");
            // under a rating, a line of three words ("5 stars" / "Love your recipes 😋 😍")
            if (t < lines.size() && ((answering || rated && lines.get(t).strip().split("\\s+").length >= 3)
                    && plain(lines.get(t).strip(), options, ref)
                    || greeting(lines, t, options, ref)
                    || (isText(lines.get(t), options, ref)
                    || BULLET.matcher(line.strip()).lookingAt() && exclamation(lines.get(t), options, ref))
                    && name(lines.get(t), options, ref) == null)
                    && !ThreadBounds.isFormField(lines.get(t))) {
                starts.add(new Start(i, t, AuthorNames.cleanAuthor(name), dateAbove(lines, i, starts, options, ref)));
                i = t;
                lastLong = t;   // the text is passed over here, so it counts as the last sentence seen
            }
        }
        if (sharedLastWord(starts)) {
            return List.of();
        }
        starts = withoutLegends(starts);
        if (starts.size() < MIN_RECORDS || starts.stream().map(Start::author).distinct().count() < 2) {
            return List.of();
        }
        List<TextExtractor.Raw> out = new ArrayList<>();
        int lists = 0;
        int more = 0;
        for (int k = 0; k < starts.size(); k++) {
            Start s = starts.get(k);
            List<String> body = k + 1 < starts.size() ? new ArrayList<>(lines.subList(s.textLine(), starts.get(k + 1).firstLine()))
                    : lastBody(lines, s.textLine(), end);
            TimestampParser.Match time = s.dateLine() >= 0
                    ? TimestampParser.find(lines.get(s.dateLine()), options.zone(), ref).orElse(null)
                    : footerTime(body, options, ref);
            trimTail(body, options, ref);
            String text = CommentChrome.cleanText(TextBodies.tidy(body, Set.of()));
            if (!text.isEmpty() && !echo(s.author(), text) && !ACCOUNT_NOTICE.matcher(text).lookingAt()) {
                lists += linkList(body) ? 1 : 0;
                more += moreLink(body) ? 1 : 0;
                out.add(new TextExtractor.Raw(s.author(), time == null ? null : time.value(), time == null ? "" : time.raw(), text));
            }
        }
        // under an empty form's button, a page's next items (promos, headlines, paragraphs) follow as well as a thread
        // does: a thread found only past the button, too far from the heading otherwise, shows its times ("1 Monat her"
        // under each record)
        long dated = out.stream().filter(r -> !r.raw().isEmpty()).count();
        if (underButton && dated * 3 < out.size() * 2) {
            return List.of();
        }
        long headlines = out.stream().filter(r -> TextListings.headlineLike(r.text())).count();
        // one line each, in a headline's shape ("Ex-CIA operative convicted in Italy of kidnapping Muslim cleric is
        // detained" under "Will Englund"): a list of stories under their writers' names
        long titles = out.stream().filter(r -> !r.text().contains("\n") && TextListings.headlineFirst(r.text())).count();
        // cut short, nearly all of them ("MIAMI — LeBron James still can’t beat these Spurs — even with a triple..."):
        // teasers' excerpts under their titles
        long cut = out.stream().filter(r -> CUT_SHORT.matcher(r.text()).find()).count();
        long prose = out.stream().filter(r -> prose(List.of(r.text().split("\n", 2)[0]))).count();
        // the "name" over half the records is said again in the words under it ("HomeKit" / "Let's start with the one
        // everyone has heard of: HomeKit."): an article's subheadings over their sections; readers seldom name
        // themselves in what they write
        long headed = out.stream().filter(r -> namedBelow(r.author(), r.text())).count();
        return out.size() < MIN_RECORDS || headlines * 2 >= out.size() || titles * 3 >= out.size() * 2
                || headed * 2 >= out.size()
                || cut * 4 >= out.size() * 3
                || (prose - lists) * 3 < out.size() * 2
                || lists * 2 >= out.size() || more * 2 >= out.size() ? List.of() : out;
    }

    /** The name is said in the text's first paragraph, as words of their own ("Zigbee and Z-Wave have…"). */
    static boolean namedBelow(String name, String text) {
        if (name.length() < 3) {
            return false;
        }
        String first = text.split("\n", 2)[0].toLowerCase(Locale.ROOT);
        return WholeParts.holds(first, name.toLowerCase(Locale.ROOT), Character::isLetterOrDigit);
    }

    /** A short link that leads on, as a card ends ("Brian Campbell »", "Divisional rankings ›"): a teaser's, no reader's. */
    private static final Pattern MORE_LINK = Pattern.compile("^\\S.{0,40}\\s[»›→]$");

    /** What a comment's own controls say before their arrow ("Reply »", "Read more »", "Antworten →"). */
    private static final Pattern CONTROL_BEFORE_ARROW = Pattern.compile("(?i)^(?:read more|more|continue reading|"
            + "show more|see more|view more|expand|weiterlesen|mehr|lire la suite|leer más|ver más|"
            + CueWords.READ_MORE + ")\\s*[»›→]$");

    /**
     * The record's last line, under its text, is a link that leads on to a story (see {@link #MORE_LINK}), not a
     * comment's own control ("Reply »", "Read more »" under a cut comment).
     */
    private static boolean moreLink(List<String> body) {
        List<String> lines = body.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() < 2) {
            return false;
        }
        String last = lines.get(lines.size() - 1);
        String label = last.substring(0, last.length() - 1).strip();
        return MORE_LINK.matcher(last).matches() && !TextBodies.isTrailer(label) && !TextBodies.isTrailer(last)
                && !CONTROL_BEFORE_ARROW.matcher(last).matches();
    }

    /**
     * The records less every run of {@link #LEGEND} or more in a row whose "names" end in one word ("SuperFan Badge",
     * "Culture Connoisseur Badge", "Fact Checker Badge", "Washingtologist Badge"): a legend of badges inside the
     * comments' box, among other records.
     */
    private static List<Start> withoutLegends(List<Start> starts) {
        List<Start> kept = new ArrayList<>(starts.size());
        int k = 0;
        while (k < starts.size()) {
            String last = lastWord(starts.get(k).author());
            int end = k + 1;
            while (last != null && end < starts.size() && last.equals(lastWord(starts.get(end).author()))) {
                end++;
            }
            if (last == null || end - k < LEGEND) {
                kept.addAll(starts.subList(k, end));
            }
            k = end;
        }
        return kept;
    }

    /** How many records in a row whose names end in one word make a legend. */
    private static final int LEGEND = 4;

    /** A name's last word, lower case, a role in brackets left out ("Peter (Gast)"); null for a name of one word. */
    private static String lastWord(String author) {
        String[] w = author.replaceAll("\\s*[(\\[][^)\\]]*[)\\]]\\s*", " ").strip().toLowerCase(java.util.Locale.ROOT)
                .split("\\s+");
        return w.length >= 2 ? w[w.length - 1] : null;
    }

    /**
     * Four in five "names" or more, of five or more, end in one word ("SuperFan Badge", "Fact Checker Badge", "Post
     * Writer Badge"): the terms of a glossary or a legend. People's names do not (a family's few share a surname; a
     * role in brackets, "Peter (Gast)", is not part of the comparison).
     */
    private static boolean sharedLastWord(List<Start> starts) {
        if (starts.size() < 5) {
            return false;
        }
        Map<String, Integer> last = new HashMap<>();
        for (Start s : starts) {
            String w = lastWord(s.author());
            if (w != null) {
                last.merge(w, 1, Integer::sum);
            }
        }
        return last.values().stream().anyMatch(n -> n * 5 >= starts.size() * 4);
    }

    /**
     * The line of a date alone just above a name (blank lines between), past the previous record's text: a byline
     * that gives the date first ("November 12, 2012" / "Alain Chautard" / text); or -1.
     */
    private static int dateAbove(List<String> lines, int nameLine, List<Start> starts, ExtractOptions options,
                                 OffsetDateTime ref) {
        int floor = starts.isEmpty() ? 0 : starts.get(starts.size() - 1).textLine() + 1;
        for (int j = nameLine - 1; j >= floor && j >= nameLine - 3; j--) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            return TextBylines.isDateLine(l, options, ref) && TimestampParser.find(l, options.zone(), ref)
                    .map(m -> l.length() - m.raw().length() <= 3).orElse(false) ? j : -1;
        }
        return -1;
    }

    /**
     * The name again under the name, cut short by the site ("Sara Frances: Going Pro" / "Sara Frances: G..."): a list
     * of people or links, as a sidebar shows them, not a comment.
     */
    private static boolean echo(String author, String text) {
        String first = text.split("\n", 2)[0].strip();
        String cut = TRUNCATED.matcher(first).replaceFirst("").strip();
        return first.equals(author) || cut.length() >= 3 && cut.length() < first.length() && author.startsWith(cut);
    }

    private static final Pattern TRUNCATED = Pattern.compile("\\s*(?:\\.\\.\\.|…)$");

    /**
     * Three lines or more, most of them short and without a sentence's end: a list of links or titles under a
     * sidebar's heading, as a browser's copy gives it (one item a line, no bullets), not a comment's text.
     */
    static boolean linkList(List<String> body) {
        List<String> lines = body.stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        long items = lines.stream().filter(l -> TextListings.headlineLike(l)
                || Spaces.count(l) <= 12 && !STATEMENT_END.matcher(l).matches()).count();
        return lines.size() >= 3 && items * 3 >= lines.size() * 2;
    }

    /** The name a line holds alone, or null. */
    static String name(String raw, ExtractOptions options, OffsetDateTime ref) {
        String l = raw.strip();
        if (l.isEmpty() || l.length() > 80 || !TextBylines.looksLikeNameLine(l, false) || TextBodies.isTrailer(l)
                || REPLY_TARGET.matcher(l).matches()
                || TextBylines.META_LINE.matcher(l).matches()) {
            return null;   // (a field and its value, "IPO: NASDAQ:GOOG", "Party: Conservative", names nobody)
        }
        l = LEADING_MARKS.matcher(l).replaceFirst("");
        l = TRAILING_BADGE.matcher(l).replaceFirst("");
        l = SITE.matcher(l).replaceFirst("");
        l = AVATAR_ALT.matcher(l).replaceFirst("");
        l = STANDING_AFTER.matcher(l).replaceFirst("");
        String name = TextBylines.bareName(l);
        if (!TextBylines.nameAlone(name, options, ref) || name.length() > 40 || Spaces.count(name) > 4
                || name.endsWith(",") || !name.matches(".*\\p{L}.*") || TextBodies.isTrailer(name)
                || ThreadBounds.isStop(name) || ThreadBounds.isCommentsCue(name) || TextBodies.isChrome(name)
                || TextBylines.SHARE_CONTROL.matcher(name).matches()
                // a form's button, "Kommentar hinzufügen", names nobody (a reader may sign "A." or "Neuer")
                || name.contains(" ") && CommentChrome.onlyControls(name)) {
            return null;
        }
        return name;
    }

    /**
     * A record starts within the next few lines: a name alone over a line of text. A sidebar's words in a reader's own
     * text ("Editors' picks", "Latest from the Vatican:") end no thread where the next reader follows them. Two
     * sidebars' headings in a row are the page's, whatever follows them.
     */
    private static boolean recordAhead(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        for (int j = i + 1, seen = 0; j + 1 < lines.size() && seen < RECORD_AHEAD; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            if (ThreadBounds.SIDEBAR.matcher(lines.get(j).strip()).matches()) {
                return false;   // another sidebar's heading ("Top world Stories" / "Most Popular Videos"): the page's
            }
            seen++;
            int t = j + 1;
            while (t < lines.size() && t <= j + 2 && CopyLines.blankish(lines.get(t))) {
                t++;
            }
            if (name(lines.get(j), options, ref) != null && t < lines.size()
                    && (isText(lines.get(t), options, ref) || nameAgain(lines.get(t), name(lines.get(j), options, ref)))) {
                return true;
            }
        }
        return false;
    }

    /** How many lines past a sidebar's heading a reader's record may start. */
    private static final int RECORD_AHEAD = 3;

    /** The name's own line again, its standing first, then its counters and controls: "RonHarris 5pts 1 Like". */
    private static boolean nameAgain(String line, String name) {
        String l = line.strip();
        return l.startsWith(name + " ") && STANDING_FIRST.matcher(l.substring(name.length())).lookingAt()
                && !SENTENCE_END.matcher(l).matches();
    }

    /** A line that opens a comment's text: a sentence's end, or long enough to be no label; no list's item. */
    private static boolean isText(String line, ExtractOptions options, OffsetDateTime ref) {
        String l = line.strip();
        // (a sentence's end before the smiley that closes it: "High pressure! 🙂")
        return plain(l, options, ref) && (l.length() >= 30 || SENTENCE_END.matcher(TRAILING_BADGE.matcher(l).replaceFirst(""))
                .matches() && Spaces.count(l) >= 2);
    }

    /** A line of words: no mark, control, stop, date line or footer's date. */
    private static boolean plain(String l, ExtractOptions options, OffsetDateTime ref) {
        return !l.isEmpty() && !LEADING_MARKS.matcher(l).lookingAt() && !TextBodies.isTrailer(l) && !ThreadBounds.isStop(l)
                && !TextBylines.isDateLine(l, options, ref) && footerDate(l, options, ref) == null;
    }

    /**
     * A reader's greeting on its own line with the text's first long line under it ("Hi swasthi," / "I don’t have an
     * oven, can I bake …"): the text's start, though short.
     */
    private static boolean greeting(List<String> lines, int t, ExtractOptions options, OffsetDateTime ref) {
        String l = lines.get(t).strip();
        return l.endsWith(",") && Spaces.count(l) <= 4 && plain(l, options, ref) && t + 1 < lines.size()
                && lines.get(t + 1).strip().length() >= 30 && isText(lines.get(t + 1), options, ref);
    }

    /** A reply of one word under a list item's name, as a text only with its end mark: "Word!", "Thanks.". */
    private static boolean exclamation(String line, ExtractOptions options, OffsetDateTime ref) {
        String l = line.strip();
        return l.length() >= 3 && SENTENCE_END.matcher(l).matches() && plain(l, options, ref);
    }

    /** The last record's text: its paragraphs while they read as prose, up to the region's end. */
    private static List<String> lastBody(List<String> lines, int from, int end) {
        List<String> body = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        for (int j = from; j <= end; j++) {
            String l = j < end ? lines.get(j) : "";
            if (!l.isEmpty()) {
                paragraph.add(l);
                continue;
            }
            if (paragraph.isEmpty()) {
                continue;
            }
            if (!body.isEmpty() && !prose(paragraph)) {
                break;
            }
            if (!body.isEmpty()) {
                body.add("");
            }
            body.addAll(paragraph);
            paragraph.clear();
        }
        return body;
    }

    private static boolean prose(List<String> paragraph) {
        String last = paragraph.get(paragraph.size() - 1).strip();
        return !TextListings.headlineLike(String.join(" ", paragraph))
                && (paragraph.stream().anyMatch(p -> Spaces.count(p.strip()) >= 8) || SENTENCE_END.matcher(last).matches()
                && Spaces.count(last) >= 3);
    }

    /** A date in one of the last lines (a footer: "1 hour ago Report abuse Permalink"), taken out of the text. */
    private static TimestampParser.Match footerTime(List<String> body, ExtractOptions options, OffsetDateTime ref) {
        int seen = 0;
        for (int j = body.size() - 1; j > 0 && seen < 4; j--) {
            String l = body.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            TimestampParser.Match m = footerDate(l, options, ref);
            if (m != null) {
                body.subList(j, body.size()).clear();
                return m;
            }
        }
        return null;
    }

    /** The date of a line that holds a date and a few controls, no sentence; or null. */
    private static TimestampParser.Match footerDate(String l, ExtractOptions options, OffsetDateTime ref) {
        Optional<TimestampParser.Match> m = l.length() <= 100 ? TimestampParser.find(l, options.zone(), ref) : Optional.empty();
        if (m.isEmpty()) {
            return null;
        }
        String rest = (l.substring(0, m.get().start()) + " " + l.substring(m.get().end())).strip();
        return rest.matches(".*[.!?]\\s.*|.*[.!?]$") || Spaces.count(rest) > 10 ? null : m.get();
    }

    /** Drops what trails the text: blank lines, counters and controls, and a badge or name left alone on a line. */
    private static void trimTail(List<String> body, ExtractOptions options, OffsetDateTime ref) {
        while (body.size() > 1) {
            String l = body.get(body.size() - 1).strip();
            if (!(l.isEmpty() || CopyLines.blankish(l) || TextBodies.isTrailer(LEADING_MARKS.matcher(l).replaceFirst(""))
                    || name(l, options, ref) != null && Spaces.count(l) <= 3)) {
                return;
            }
            body.remove(body.size() - 1);
        }
    }
}
