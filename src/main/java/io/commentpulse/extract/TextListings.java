package io.commentpulse.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.commentpulse.extract.CopyLines.nextLine;
import static io.commentpulse.extract.CopyLines.previousLine;
import static io.commentpulse.extract.TextBodies.LIST_BULLET;
import static io.commentpulse.extract.TextBodies.LOWER_WORD;
import static io.commentpulse.extract.TextBodies.TRAILER;
import static io.commentpulse.extract.TextBylines.Header;
import static io.commentpulse.extract.TextBylines.isDateLine;
import static io.commentpulse.extract.TextBylines.words;
import static io.commentpulse.extract.TextExtractor.CHROME_LINE;
import static io.commentpulse.extract.TextExtractor.Raw;
import static io.commentpulse.extract.ThreadBounds.threadEndsBetween;

/**
 * Lists that read like a thread in a plain-text copy: teasers, dated links, menus and headlines under a date, told
 * from readers' comments by their shape (titles without a sentence's end, one date shape for every item).
 */
final class TextListings {
    private TextListings() {
    }

    /**
     * Three bylines or more on consecutive lines, each over the next with no text between (a blank line at most), are a list of dated entries
     * ("• Jun. 14XFC 24" / "• Jun. 15UFC 161: Evans vs. Henderson" / "• Jun. 19Bellator 96"), the last one's "text"
     * being whatever the page shows next: all of them go. So are three bylines or more each one line from the next,
     * where the lines between are titles, half of them in a headline's shape at least (a browser's copy of a list of
     * related stories: "'Perfect' cloaking demonstrated" / "12 NOVEMBER 2012, SCIENCE &amp; ENVIRONMENT" / "Where's my
     * cloak of invisibility?" / "12 NOVEMBER 2012, …"): a reader's one-line comments between bylines end in a
     * sentence's stop or do not read as headlines.
     */
    static List<Header> withoutDatedLists(List<String> lines, List<Header> headers) {
        List<Header> listed = new ArrayList<>();
        int start = 0;
        int titles = 0;
        int headlines = 0;
        for (int k = 1; k <= headers.size(); k++) {
            int gap = k < headers.size() ? headers.get(k).line() - headers.get(k - 1).line() : 0;
            // (a title over its date is read as a name over a date line: the date lines are what alternate)
            int dated = k < headers.size() ? dateLine(headers.get(k)) - dateLine(headers.get(k - 1)) : 0;
            String between = dated == 2 || dated == 3 ? lines.get(dateLine(headers.get(k - 1)) + 1) : "";
            // (a label of a word or two may follow the title: "Walking birds give dinosaur gait clues" / "Watch")
            boolean title = (dated == 2 || dated == 3 && label(lines.get(dateLine(headers.get(k)) - 1)))
                    && !between.isBlank() && titleLine(between);
            // (one blank line between them, as lynx's items have)
            boolean next = k < headers.size() && (gap == 1 || gap == 2 && lines.get(headers.get(k).line() - 1).isBlank())
                    && !headers.get(k).footer() && !headers.get(k - 1).footer() || title;
            if (next) {
                titles += title ? 1 : 0;
                headlines += title && headlineFirst(between) ? 1 : 0;
            } else {
                if (k - start >= DATED_LIST && headlines * 2 >= titles && !signedRun(headers.subList(start, k))) {
                    listed.addAll(headers.subList(start, k));
                    if (titles > 0) {
                        listed.addAll(sameStrideBeside(lines, headers, start, k));
                    }
                }
                start = k;
                titles = 0;
                headlines = 0;
            }
        }
        if (listed.isEmpty()) {
            return headers;
        }
        List<Header> kept = new ArrayList<>(headers);
        kept.removeAll(listed);
        return kept;
    }

    /**
     * The bylines just before and just after a list of titled entries ({@code headers} from {@code start} to {@code
     * end}, exclusive), in the list's own stride, where the title between ends in "!" ("Can't See? Pass The Ice
     * Cream!" / "Hollie Banks" / "October 17, 2014" over "Very,Very Old New Species Discovered!"), which the title test
     * takes for a sentence's end. Left standing, such an entry's "text" would run on over the whole list below it.
     */
    private static List<Header> sameStrideBeside(List<String> lines, List<Header> headers, int start, int end) {
        List<Header> out = new ArrayList<>();
        int first = dateLine(headers.get(start));
        int stride = dateLine(headers.get(start + 1)) - first;
        if (start > 0 && titled(stride) && !headers.get(start - 1).footer()
                && first - dateLine(headers.get(start - 1)) == stride
                && exclaimedTitle(lines.get(dateLine(headers.get(start - 1)) + 1))) {
            out.add(headers.get(start - 1));
        }
        int last = dateLine(headers.get(end - 1));
        int back = last - dateLine(headers.get(end - 2));
        if (end < headers.size() && titled(back) && !headers.get(end).footer()
                && dateLine(headers.get(end)) - last == back && exclaimedTitle(lines.get(last + 1))) {
            out.add(headers.get(end));
        }
        return out;
    }

    /** Whether entries this many lines apart have a title between (a title over a date, or over a name and a date). */
    private static boolean titled(int stride) {
        return stride == 2 || stride == 3;
    }

    /** A line of two to sixteen words that ends in "!": a title, or a short exclamation. */
    private static boolean exclaimedTitle(String line) {
        String l = line.strip();
        int words = Spaces.count(l);
        return l.endsWith("!") && words >= 2 && words <= 16;
    }

    /** A label of one or two words beside a list's item ("Watch", "Video", "Audio slideshow"). */
    private static boolean label(String line) {
        String l = line.strip();
        return !l.isEmpty() && Spaces.count(l) <= 2 && !l.matches(".*[.!?…,;:]$");
    }

    /** A time told back from now: "6 months ago", "vor 2 Tagen", "il y a 3 jours", "hace 2 días", "2 weken geleden". */
    private static final Pattern TOLD_BACK = Pattern.compile("(?i)\\bago$|^vor\\s|^il y a\\s|^hace\\s|\\bgeleden$|\\bsiden$");

    /**
     * Bylines that each give a short name, then a time told back from now, on one line ("Evan Wahl 6 months ago" /
     * "Great blend of flavors, and very quick and easy to make"): readers' short reviews, not a list of titles under
     * their dates (a title is read as the name over a date line, or stands after the date; a site's list of its
     * writers' posts, "Tiffany Kaiser May 22, 2013, 8:20 PM" / a headline, gives their dates in full).
     */
    private static boolean signedRun(List<Header> run) {
        for (Header h : run) {
            if (h.footer() || h.time() == null || h.bodyStart() != h.line() + 1 || h.time().start() == 0
                    || !TOLD_BACK.matcher(h.time().raw().strip()).find()
                    || h.author().isBlank() || Spaces.count(h.author()) > 3) {
                return false;
            }
        }
        return true;
    }

    /** The line that holds a byline's date: the byline's own, or the line under a name alone. */
    static int dateLine(Header h) {
        return h.footer() ? h.line() : h.bodyStart() - 1;
    }

    /** A line of two to sixteen words that ends no sentence: a title's, or a short remark's. */
    private static boolean titleLine(String line) {
        String l = line.strip();
        int words = Spaces.count(l);
        return words >= 2 && words <= 16 && !l.matches(".*[.!…,;:]$");
    }

    /** How many bylines on consecutive lines make a list of dated entries. */
    private static final int DATED_LIST = 3;

    /**
     * A record read, with what speaks against it: a teaser or an event, a headline for a text, other items' dates in
     * its text, or a paragraph cut short ({@code cut}: the first such paragraph's length before "...", else -1).
     */
    /**
     * {@code storyItem}: the text is one list item alone ("• 'Invisibility cloak' breakthrough") or the "name" is a
     * title ("Bendy idea for invisibility cloak"), as in a list of related stories under their dates and sections.
     * {@code sentences}: the text, not one list item, holds a sentence's end and six words or more (a reader's words,
     * under a nickname that may read like a title); {@code item}: the text is one list item alone.
     */
    record Record(Raw raw, boolean notComment, boolean headline, boolean listed, int cut, boolean storyItem,
                          boolean sentences, boolean item, int line) {

        /** A listing's entry by its look: a teaser, an event or a headline. */
        boolean entry() {
            return notComment || headline;
        }
    }

    /**
     * A sidebar's dated list under the thread ("Sites I have tipped" / "□ Woodworking Projects September 18, 2012"):
     * where three records or more read as readers' and every record after the last of them is a listing's entry that
     * shows its time otherwise than the last reader's, with the thread's end between (a comment form's field, "Leave a
     * comment", a sidebar's heading), those entries are the sidebar's. They are dropped, so that they do not make the
     * whole page read as a list. (Readers' short last comments under a reply form, in a copy saved from a "reply to this
     * comment" link, show their times as the thread does and stay.)
     */
    static void dropListingUnderThread(List<String> lines, List<Record> out, int stated) {
        int last = -1;
        int readers = 0;
        for (int k = 0; k < out.size(); k++) {
            if (!out.get(k).entry()) {
                last = k;
                readers++;
            }
        }
        if (readers < 3 && readers != stated || last < 0) {
            return;   // (fewer readers than three where the comments' count says as many: "One comment" over one)
        }
        String shape = timeShape(out.get(last).raw().raw());
        if (last < out.size() - 1
                && out.subList(last + 1, out.size()).stream().noneMatch(r -> timeShape(r.raw().raw()).equals(shape))
                && threadEndsBetween(lines, out.get(last).line() + 1, out.get(last + 1).line())) {
            out.subList(last + 1, out.size()).clear();
            return;
        }
        // a sidebar's own posts under the thread's form read like readers ("Falling back's my favorite. 2 days ago"):
        // at the first thread's end under three readers or more, what follows is the sidebar's when none of it shows
        // its time as any of the readers above did
        Set<String> shapes = new HashSet<>();
        int above = 0;
        for (int m = 1; m < out.size(); m++) {
            if (!out.get(m - 1).entry()) {
                above++;
                shapes.add(timeShape(out.get(m - 1).raw().raw()));
            }
            if (above >= 3 && threadEndsBetween(lines, out.get(m - 1).line() + 1, out.get(m).line())) {
                if (out.subList(m, out.size()).stream().noneMatch(r -> shapes.contains(timeShape(r.raw().raw())))) {
                    out.subList(m, out.size()).clear();
                }
                return;
            }
        }
    }

    private static final Pattern BULLET_SPLIT = Pattern.compile("\\s*[•◦□▪■☆]\\s*");
    /** The bullets {@link #BULLET_SPLIT} splits at, one each. */
    private static final String BULLETS = "•◦□▪■☆";

    /** How many of {@link #BULLETS} {@code text} holds: each one a split of {@link #BULLET_SPLIT}. */
    private static int bullets(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += BULLETS.indexOf(text.charAt(i)) >= 0 ? 1 : 0;
        }
        return n;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?$");

    static final Pattern SENTENCE_MARK = Pattern.compile("[.!?](?:\\s|$)");

    /**
     * A text that is a menu or a list of links, not what a reader wrote: four or more bulleted entries, three in four
     * of them short (eight words at most) and not ending a sentence, under at most a short heading ("Share this page" /
     * "• Delicious • Digg • Facebook", "From other news sites" / "• Guardian.co.uk …", a gallery's captions). A
     * reader's own list runs under sentences of their own, or its entries are sentences.
     */
    static boolean menu(String text) {
        if (bullets(text) < 3) {
            return false;   // (fewer than four entries: most texts have no bullet at all)
        }
        String[] parts = BULLET_SPLIT.split(text, -1);
        String head = parts[0].strip();
        if (parts.length < 4 || !head.isEmpty() && (Spaces.count(head) >= 12 || SENTENCE_MARK.matcher(head).find()
                || head.endsWith(":"))) {
            return false;   // a reader's sentence over it, or the words that introduce a reader's list ("My picks:")
        }
        int items = 0;
        int entries = 0;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || TRAILER.matcher(p).matches() || CHROME_LINE.matcher(p).lookingAt()
                    || CommentChrome.onlyControls(p.replaceAll("[›»]", ""))) {
                continue;   // a comment's own controls ("• Reply • Share › ◦ Twitter ◦ Email") are no menu of links
            }
            items++;
            entries += Spaces.count(p) <= 8 && !SENTENCE_END.matcher(p).find() ? 1 : 0;
        }
        // the line right under the list's last entry a reader's sentences: the list is the reader's
        List<String> after = parts[parts.length - 1].lines().skip(1).filter(l -> !l.isBlank()).limit(1).toList();
        if (!after.isEmpty() && after.get(0).split("\\s+").length >= 8 && SENTENCE_END.matcher(after.get(0).strip()).find()) {
            return false;
        }
        return items >= 4 && entries * 4 >= items * 3;   // (a reader's list of three: "Best burgers • Joe's • Bun Shop • Ray's")
    }

    /**
     * A list item that is only a picture's file name, as a browser prints an image whose alt text is its file
     * ("• Study-pins-2016-Tibetan-avalanche-on-climate-change.jpg", "• 55058657_m", a stock photo's number): a
     * teaser's picture, no part of a record's text, so the teaser's headline under it is the text's first line. (A
     * picture a reader posts in a comment, "ryanreynolds.jpg" on a line of its own, is not a list's item and stays.)
     */
    static boolean imageName(String line) {
        return IMAGE_NAME.matcher(line.strip()).matches();
    }

    private static final Pattern IMAGE_NAME = Pattern.compile("(?i)[•*·◦□■☆○▪]\\s*(?:[^\\s/]+\\.(?:jpe?g|png|gif|webp)"
            + "|\\d{6,}(?:_[a-z])?)");

    /** A body that is one line, a list's item (behind its bullet). */
    static boolean listItemAlone(List<String> body) {
        List<String> lines = body.stream().filter(l -> !l.isBlank()).toList();
        return lines.size() == 1 && LIST_BULLET.matcher(lines.get(0)).lookingAt();
    }

    private static final Pattern SMALL_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}{3,}(?![\\p{L}])");

    /** Four words or more, three of them lower-case words of three letters or more: a title, not a person's name. */
    static boolean titleName(String author) {
        return Spaces.count(author) >= 4 && SMALL_WORD.matcher(author).results().count() >= 3;
    }

    /**
     * A text that is one excerpt cut short: the length before its ellipsis of the one paragraph that ends in one, at
     * least 25 characters, with only short lines above it (a name, a picture's alt text, the title of the story it
     * was posted under) and only a name, a short line or a bulleted list below it (the next item's header, the next
     * sidebar); else -1. A reader who trails off writes more around it ("Let me clarify..." / "When I talk about…").
     */
    static int cutLength(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            int end = l.endsWith("...") ? l.length() - 3 : l.endsWith("…") ? l.length() - 1 : -1;
            if (end < 0) {
                if (Spaces.count(l) > 20 || l.matches(".*[.!]$")) {
                    return -1;   // a reader's sentence above it, not a name or a story's title
                }
                continue;
            }
            for (int j = i + 1; j < lines.length; j++) {
                String after = lines[j].strip();
                if (!BULLETED.matcher(after).lookingAt()
                        && (Spaces.count(after) > 4 || after.matches(".*[.!?]$"))) {
                    return -1;
                }
            }
            int cut = l.substring(0, end).strip().length();
            return cut >= 25 ? cut : -1;
        }
        return -1;
    }

    static final Pattern BULLETED = Pattern.compile("^[•□◦▪■*·-]\\s");

    /**
     * Two records side by side whose texts are both one excerpt cut short at about the same length, dated by a day
     * without a time ("One pro tip is the use of QR c..." / "One of the tips I would recomm...", each "on 11/12/12"):
     * a widget's excerpts of comments elsewhere ("Recent comments"), cut by a page template at a fixed count of
     * characters (backing off to a word's end), not readers who trail off.
     */
    static boolean sameCut(Record a, Record b) {
        return a.cut() > 0 && b.cut() > 0 && Math.abs(a.cut() - b.cut()) <= Math.max(2, Math.min(a.cut(), b.cut()) / 10)
                && !CLOCK.matcher(a.raw().raw()).find() && !CLOCK.matcher(b.raw().raw()).find();
    }

    /**
     * A list item whose byline is all it holds: a name line opening with the item's bullet over a date line, and its
     * "text" opening with the next item's bullet ("• Water column forms over Lake Michigan" / "25 Sep 2011" / "• World's smallest aquarium …").
     */
    static boolean emptyItem(List<String> lines, Header h, List<String> body, ExtractOptions options,
                                     OffsetDateTime ref) {
        if (h.footer() || h.bodyStart() <= h.line() + 1 || !lines.get(h.line()).startsWith("•")) {
            return false;
        }
        // the last item of such a list: the item before it has the same shape, its headline right over its date
        int p = previousLine(lines, h.line());
        if (p >= 0 && isDateLine(lines.get(p), options, ref) && !lines.get(p).startsWith("•")) {
            int q = previousLine(lines, p);
            // (a headline of five words or more, not a name over a comment that has no text: "• Jen" / "May 3, 2012")
            if (q >= 0 && lines.get(q).startsWith("•") && !isDateLine(lines.get(q), options, ref)
                    && lines.get(q).substring(1).strip().split("\\s+").length >= 5) {
                return true;
            }
        }
        int first = nextLine(body, -1, body.size(), String::isBlank);
        if (first >= body.size() || !body.get(first).startsWith("•")) {
            return false;
        }
        // the next item has the same shape, a line over its date ("• World's smallest aquarium …" / "21 Sep 2011");
        // an image or a list inside the comment ("• [image]" / "Look at this one.") does not
        int after = nextLine(body, first, body.size(), String::isBlank);
        return after >= body.size() || isDateLine(body.get(after), options, ref);
    }

    static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");

    static final Pattern CLOCK = Pattern.compile("(?i)\\p{Nd}[:h.]\\p{Nd}{2}|\\p{Nd}\\s*[ap]\\.?m\\b");

    static final Pattern RELATIVE = Pattern.compile("(?i)\\bago\\b|\\bvor\\b|il y a|hace|منذ|قبل|yesterday|today|gestern|heute"
            + "|hier|aujourd|ayer|hoy");

    /**
     * A day without its year, its time or a relative word ("December 9", "October 27–28"): how event lists and
     * calendars date their items; a byline seldom gives so little.
     */
    static boolean bareDay(TimestampParser.Match time) {
        return time != null && !YEAR.matcher(time.raw()).find() && !CLOCK.matcher(time.raw()).find()
                && !RELATIVE.matcher(time.raw()).find();
    }

    /** Two lower-case words at least: a sentence, not a place name or a form's label ("Toronto, Canada"). */
    static boolean prose(String text) {
        return LOWER_WORD.matcher(text).results().limit(2).count() >= 2;
    }

    /**
     * A teaser list's item, as a text browser prints a list of dated links on one line each: under the would-be byline
     * comes another title that ends in its full date ("Data dredging - Wikipedia July 22, 2012").
     */
    static boolean teaser(String firstLine, ExtractOptions options) {
        String first = firstLine.strip();
        if (first.length() > 160) {
            return false;
        }
        Optional<TimestampParser.Match> date = TimestampParser.find(first, options.zone(), null);
        return date.isPresent() && date.get().start() >= 10 && date.get().end() == first.length()
                && YEAR.matcher(date.get().raw()).find();
    }

    /**
     * Title Case and short, without a sentence's punctuation: "Vote Looms in Massachusetts on Bill to Limit Costs";
     * or a title printed twice in a row, as a thumbnail's alt text and its link give it ("Why Tripods MatterWhy
     * Tripods Matter").
     */
    static boolean headlineLike(String text) {
        String first = text.split("\n", 2)[0].strip();
        if (doubled(first)) {
            return true;
        }
        String[] words = Spaces.split(first);
        if (words.length < 3 || words.length > 16 || first.matches(".*[.!?…)]$") && !first.endsWith("?")) {
            return false;
        }
        int capital = 0;
        int letters = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                letters++;
                capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return letters > 0 && capital >= 0.6 * letters;
    }

    private static final Pattern SPEAKER = Pattern.compile("(?i)(?<![\\p{L}'’])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|"
            + "me|my|mine|we|us|our|you|your|you're|ich|mir|mich|mein|meine|du|dir|dich|wir|uns|je|j'ai|moi|mon|ma|"
            + "mes|tu|nous|vous|yo|mí|mi|tú|te|nosotros|lol|thanks|thank|danke|merci|gracias)(?![\\p{L}'’])"
            + "|[:;]-?[)(DPp]");

    /**
     * A text that opens with a headline in sentence case: a first line of three to sixteen words that opens with a
     * capital or a number, is not shouted and ends no sentence ("Ricky Williams lands a college coaching job").
     */
    static boolean headlineFirst(String text) {
        // (a reader speaks as "I" and to "you", and smiles: "Can I use gluten free flour for this", "That makes me
        // feel better :D"; a headline does neither)
        String first = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("")
                .replaceFirst("^['‘\"“]", "");   // ("'Invisibility cloak' breakthrough")
        int words = Spaces.count(first);
        return words >= 3 && words <= 16 && !first.matches(".*[.!?…)\"”:;,]$")
                && (Character.isUpperCase(first.codePointAt(0)) || Character.isDigit(first.codePointAt(0)))
                && !first.equals(first.toUpperCase(Locale.ROOT)) && !speaks(first);
    }

    /** A word a reader speaks with ("I", "you", "thanks", a smile); "US" in capitals is a country in a headline. */
    private static boolean speaks(String line) {
        return SPEAKER.matcher(line).results().map(java.util.regex.MatchResult::group)
                .anyMatch(w -> w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT))
                        || !w.chars().allMatch(Character::isLetter));
    }

    /** A line that is one phrase of eight characters or more twice, back to back or with a space between. */
    static boolean doubled(String line) {
        int n = line.length();
        int half = n / 2;
        if (half < 8) {
            return false;
        }
        return n % 2 == 0 && line.substring(0, half).equals(line.substring(half))
                || n % 2 == 1 && line.charAt(half) == ' ' && line.substring(0, half).equals(line.substring(half + 1));
    }

    /**
     * How a record's time is shown, as far as a thread and a sidebar differ in it: none, a day, or a day with its time
     * of day. A thread's readers share it; a sidebar's list under them ("October 3, 2012" under "Name said,", a day under
     * "July 30, 2012 at 12:29 am") shows another.
     */
    private static String timeShape(String raw) {
        return raw.isBlank() ? "none" : CLOCK.matcher(raw).find() ? "clock" : "day";
    }

    /** "(244 comments)", "12 Comments": a teaser's counter, never the first words of a comment. */
    private static final Pattern COUNTER = Pattern.compile("(?i)^[(\\[]?\\d[\\d,.]*\\s+(?:comments?|responses?|replies|kommentare?|"
            + "commentaires?|comentarios?|" + CueWords.COMMENTS + ")[)\\]]?$");

    /** A line that is a count of comments alone ("12 Comments", "(244 comments)"; not a comment's "2 replies"). */
    static boolean counter(String line) {
        return COUNTER.matcher(line.strip()).matches() && !REPLIES.matcher(line).find();
    }

    private static final Pattern REPLIES = Pattern.compile("(?i)\\b(?:responses?|replies)\\b");

    /**
     * Whether the copy holds a listing's counters: three lines or more that are a comment counter alone, with two
     * numbers at least ("51 comments" / "94 comments" / "13 comments" under a list of posts). A thread states its
     * count once or twice, in the same number.
     */
    static boolean listingCounters(List<String> lines) {
        java.util.Set<String> numbers = new java.util.HashSet<>();
        int n = 0;
        for (String l : lines) {
            if (l.length() <= LISTING_COUNTER_CHARS && counter(l)) {
                n++;
                numbers.add(l.replaceAll("\\D", ""));
            }
        }
        return n >= 3 && numbers.size() >= 2;
    }

    private static final int LISTING_COUNTER_CHARS = 40;

    /**
     * A record whose text opens with a comment counter, or whose first lines hold a line that is a date and nothing
     * else: the text ran on over a list of dated items (teasers, "8 hours ago" under each headline), not one reader's
     * words.
     */
    static boolean listed(List<String> body, ExtractOptions options, OffsetDateTime ref) {
        String first = body.stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        if (COUNTER.matcher(first).matches()) {
            return true;
        }
        // within its first lines: a headline and its "11 hours ago"; further down, a merged pingback's date is not
        // the comment's fault
        // (under a headline of five words or more; under a name it is a byline the headers missed: "Mark S.")
        List<String> opening = body.stream().map(String::strip).filter(l -> !l.isEmpty()).limit(3).toList();
        for (int k = 0; k < opening.size(); k++) {
            String t = opening.get(k);
            Optional<TimestampParser.Match> m = t.length() > 60 ? Optional.empty()
                    : TimestampParser.find(t, options.zone(), ref);
            if (m.isPresent() && m.get().start() == 0 && m.get().raw().length() >= t.length() - 4
                    && (k == 0 || opening.get(k - 1).split("\\s+").length >= 5)) {
                return true;
            }
        }
        return false;
    }
}
