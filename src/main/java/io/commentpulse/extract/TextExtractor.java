package io.commentpulse.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static io.commentpulse.extract.CopyLines.LETTER_OR_DIGIT;
import static io.commentpulse.extract.CopyLines.NO_BREAK_SPACE;
import static io.commentpulse.extract.CopyLines.rejoinWrappedControls;
import static io.commentpulse.extract.CopyLines.rejoinWrappedTimes;
import static io.commentpulse.extract.CopyLines.unglueMonth;
import static io.commentpulse.extract.CopyLines.wrapWidth;
import static io.commentpulse.extract.CopyLines.wrapped;
import static io.commentpulse.extract.TextBodies.Body;
import static io.commentpulse.extract.TextBodies.ITEM_START;
import static io.commentpulse.extract.TextBodies.chromeKey;
import static io.commentpulse.extract.TextBodies.dropLoneMark;
import static io.commentpulse.extract.TextBodies.dropNextTitles;
import static io.commentpulse.extract.TextBodies.dropOwnNumbers;
import static io.commentpulse.extract.TextBodies.dropSharedMenus;
import static io.commentpulse.extract.TextBodies.dropSharedOpening;
import static io.commentpulse.extract.TextBodies.repeatedPhrases;
import static io.commentpulse.extract.TextBodies.tidy;
import static io.commentpulse.extract.TextBodies.trimOpening;
import static io.commentpulse.extract.TextBylines.Header;
import static io.commentpulse.extract.TextBylines.saidLine;
import static io.commentpulse.extract.TextBylines.SENTENCE_INSIDE;
import static io.commentpulse.extract.TextBylines.WRAPPED_SUBJECT;
import static io.commentpulse.extract.TextBylines.WRAPPED_TAIL;
import static io.commentpulse.extract.TextBylines.bareName;
import static io.commentpulse.extract.TextBylines.dashSignature;
import static io.commentpulse.extract.TextBylines.dateThenName;
import static io.commentpulse.extract.TextBylines.dropRepeatedBylines;
import static io.commentpulse.extract.TextBylines.dropSectionNumbers;
import static io.commentpulse.extract.TextBylines.dropTitlesAtPlaces;
import static io.commentpulse.extract.TextBylines.isDateLine;
import static io.commentpulse.extract.TextBylines.labeledFields;
import static io.commentpulse.extract.TextBylines.nameThenDate;
import static io.commentpulse.extract.TextBylines.nameThenDateLine;
import static io.commentpulse.extract.TextBylines.numberedDateThenName;
import static io.commentpulse.extract.TextBylines.postedBy;
import static io.commentpulse.extract.TextBylines.postedDateThenName;
import static io.commentpulse.extract.TextBylines.postedOverNames;
import static io.commentpulse.extract.TextBylines.said;
import static io.commentpulse.extract.TextBylines.signaturesAlike;
import static io.commentpulse.extract.TextBylines.withoutAmbiguousBylines;
import static io.commentpulse.extract.TextListings.Record;
import static io.commentpulse.extract.TextListings.SENTENCE_MARK;
import static io.commentpulse.extract.TextListings.bareDay;
import static io.commentpulse.extract.TextListings.cutLength;
import static io.commentpulse.extract.TextListings.dropListingUnderThread;
import static io.commentpulse.extract.TextListings.emptyItem;
import static io.commentpulse.extract.TextListings.headlineFirst;
import static io.commentpulse.extract.TextListings.headlineLike;
import static io.commentpulse.extract.TextListings.listItemAlone;
import static io.commentpulse.extract.TextListings.listed;
import static io.commentpulse.extract.TextListings.menu;
import static io.commentpulse.extract.TextListings.prose;
import static io.commentpulse.extract.TextListings.sameCut;
import static io.commentpulse.extract.TextListings.teaser;
import static io.commentpulse.extract.TextListings.titleName;
import static io.commentpulse.extract.TextListings.withoutDatedLists;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_TITLE;
import static io.commentpulse.extract.ThreadBounds.FORM_PROMPT;
import static io.commentpulse.extract.ThreadBounds.COUNTED;
import static io.commentpulse.extract.ThreadBounds.COUNTED_ONLY;
import static io.commentpulse.extract.ThreadBounds.DATELINE;
import static io.commentpulse.extract.ThreadBounds.LONE_COMMENT_CHARS;
import static io.commentpulse.extract.ThreadBounds.NONE_COUNTED;
import static io.commentpulse.extract.ThreadBounds.SIDEBAR;
import static io.commentpulse.extract.ThreadBounds.STOP;
import static io.commentpulse.extract.ThreadBounds.commentsCue;
import static io.commentpulse.extract.ThreadBounds.commentsHeadingBefore;
import static io.commentpulse.extract.ThreadBounds.countsComments;
import static io.commentpulse.extract.ThreadBounds.cutAtSidebar;
import static io.commentpulse.extract.ThreadBounds.dropUnderSidebar;
import static io.commentpulse.extract.ThreadBounds.firstBlockStart;
import static io.commentpulse.extract.ThreadBounds.formAfter;
import static io.commentpulse.extract.ThreadBounds.formImage;
import static io.commentpulse.extract.ThreadBounds.countOverNothing;
import static io.commentpulse.extract.ThreadBounds.headingRightAfter;
import static io.commentpulse.extract.ThreadBounds.isFormField;
import static io.commentpulse.extract.ThreadBounds.leadingControl;
import static io.commentpulse.extract.ThreadBounds.loneFooterUnderHeading;
import static io.commentpulse.extract.ThreadBounds.recordsText;
import static io.commentpulse.extract.ThreadBounds.sidebarOver;
import static io.commentpulse.extract.ThreadBounds.statedCount;
import static io.commentpulse.extract.ThreadBounds.threadEndsBetween;

/**
 * Extracts comments from plain text copied from a page (the seed format, w3m dumps). Three layouts are recognised:
 * a header line "Name  date" followed by the text; "Name said..." followed by the text and a date line; and the
 * text followed by a "Posted by: Name at date" footer.
 */
public final class TextExtractor implements PageExtractor {
    @Override
    public PageResult extract(Page page, ExtractOptions options) {
        // no-break spaces are spaces here: browsers put them around list numbers and between a date's parts, and a
        // copy from a browser keeps them
        String plain = NO_BREAK_SPACE.matcher(page.text()).replaceAll(" ");
        // the dated-byline reader reads a copy as a browser 100 columns wide lays it out, whatever width it was made at;
        // the reader of undated records reads the copy's own lines (joined, a sidebar's teasers read as records)
        List<String> physical = plain.lines().toList();
        List<String> lines = lines(CopyLines.atReadWidth(physical));
        String title = ArticleMetadata.withoutDateStamp(lines.stream().limit(80).filter(TextExtractor::looksLikeTitle).findFirst()
                .orElse(lines.stream().filter(l -> !l.isEmpty()).findFirst().orElse("")));
        DataTimestamps.Parsed shown = ArticleMetadata.visiblePublished(page.text(), options.zone());
        OffsetDateTime published = shown == null ? null : shown.value();
        String articleId = CommentIds.articleId(null, page.bytesHash());
        Article article = new Article(articleId, page.path().toString(), title.length() > 300 ? "" : title, published,
                shown != null && shown.dateOnly());
        CommentIds ids = new CommentIds(articleId);
        List<Comment> comments = new ArrayList<>();
        int[] lists = {0};
        List<Raw> found = headerComments(lines, options, published, lists);
        if (found.size() < FEW && (lists[0] == 0 || !found.isEmpty())) {
            // a thread whose bylines give the date first, on a line of its own above the name, reads to the dated
            // bylines as a few signatures followed by a date ("S-" / "November 12, 2012"): the records under the
            // comments heading, dated by those lines, are the thread when there are three times as many
            List<Raw> undated = UndatedRecords.find(lines(physical), options, published);
            long dated = undated.stream().filter(r -> r.value() != null).count();
            if (found.isEmpty() || undated.size() >= 3 * found.size() && dated * 3 >= undated.size() * 2) {
                found = undated;
            }
        }
        // the name a reply answers is no part of its author's; which comment it answers the copy does not say (a
        // top-level comment names the article's writer the same way)
        List<String> authors = GluedLabel.strip(new GluedNames(lines).commenters(found.stream().map(Raw::author).toList()));
        List<String> texts = TextBodies.withoutGluedControl(found.stream().map(Raw::text).toList());
        for (int i = 0; i < found.size(); i++) {
            Raw r = found.get(i);
            if (!texts.get(i).equals(r.text())) {   // a control glued on, taken off (the list copied only then)
                found = found instanceof ArrayList<Raw> ? found : new ArrayList<>(found);
                found.set(i, new Raw(r.author(), r.value(), r.raw(), texts.get(i)));
            }
        }
        // a page that shows its thread twice (a tab per sort order, both in the saved page) gives each comment twice:
        // where many records repeat an earlier one (name, time and text), each repeat is that comment again; a reader
        // who posted the same text twice in a minute repeats one, and both are kept. The texts are compared on their
        // start: one rendering may end with its own controls ("… Read More Helpful (137)" beside "… Helpful (137)")
        Set<List<String>> seen = new HashSet<>();
        boolean[] repeat = new boolean[found.size()];
        int repeats = 0;
        for (int i = 0; i < found.size(); i++) {
            Raw r = found.get(i);
            String start = r.text.replaceAll("\\s+", " ").strip();
            start = start.substring(0, Math.min(start.length(), REPEAT_CHARS));
            if (!r.text.isBlank() && !seen.add(List.of(authors.get(i), String.valueOf(r.raw), start))) {
                repeat[i] = true;
                repeats++;
            }
        }
        boolean shownTwice = repeats >= SHOWN_TWICE && repeats * 4 >= found.size();
        int pageChars = NotComments.chars(plain);
        int outsideRecords = pageChars - found.stream().mapToInt(r -> NotComments.chars(r.text)).sum();
        int echoing = 0;
        for (int i = 0; i < found.size(); i++) {
            echoing += NotComments.echoesName(found.get(i).text, authors.get(i)) ? 1 : 0;
        }
        boolean echoList = NotComments.echoList(echoing, found.size());
        for (int i = 0; i < found.size(); i++) {
            Raw r = found.get(i);
            if (shownTwice && repeat[i]) {
                continue;
            }
            // the page's own text, a post's byline or a bar of controls read as a record: nothing a reader said (the
            // last of several records may run on into the page's footer, which a copy does not set apart)
            String raw = r.raw == null ? "" : r.raw;
            boolean last = i == found.size() - 1 && found.size() > 1;
            if ((!last && NotComments.mainText(r.text, pageChars, outsideRecords))
                    || NotComments.notSaid(r.text, authors.get(i), raw) || NotComments.trackback(r.text)
                    || echoList && NotComments.echoesName(r.text, authors.get(i))) {
                continue;
            }
            comments.add(new Comment(ids.next(authors.get(i), r.raw, r.text), authors.get(i), r.value, r.raw, "", r.text, ""));
        }
        if (NotComments.excerpts(comments.stream().map(Comment::text).toList())) {
            comments.clear();   // a listing's excerpts, each cut off where a link leads to the rest
        }
        return new PageResult(article, comments);
    }

    /** The copy's lines as the readers take them: list marks made alike, stripped, and bylines the copy cut mended. */
    private static List<String> lines(List<String> copy) {
        return FormButtons.bracketed(rejoinWrappedControls(rejoinWrappedTimes(ListMarks.normalize(copy).stream()
                .map(String::strip).map(CopyLines::unglueMonth).toList())));
    }

    /** A thread shown twice repeats at least this many comments (and a quarter of its records). */
    private static final int SHOWN_TWICE = 3;
    /** How much of two records' texts must be the same for one to repeat the other. */
    private static final int REPEAT_CHARS = 160;

    /**
     * A comment's votes and a labeled button and nothing else, as w3m and elinks print a form's buttons: "[1][0]
     * [Dodaj odpowiedź]", "[+3] [Reply]" (a vote's count in brackets, then a word; lynx's link numbers "[12][13]" and
     * pictures "[IMG] [IMG]" are no such row).
     */
    private static final Pattern BUTTONS = Pattern.compile("^\\s*(?:\\[[+-]?\\d{1,5}\\]\\s*)+"
            + "(?:\\[(?!(?:IMG|image|INLINE)\\])[^\\[\\]\\d]*\\p{L}{2}[^\\[\\]]{0,30}\\]\\s*)+$");

    /** Fewer dated records than this may be a date-first thread misread (see {@link #extract}). */
    private static final int FEW = 10;

    record Raw(String author, OffsetDateTime value, String raw, String text) {
    }

    /** A headline-like line: a few words of text, not a bullet, bracketed image or navigation link. */
    private static boolean looksLikeTitle(String l) {
        if (l.length() < 15 || l.length() > 200 || Spaces.count(l) < 3 || !Character.isLetterOrDigit(l.charAt(0))
                || CHROME_LINE.matcher(l).lookingAt()) {
            return false;
        }
        Optional<TimestampParser.Match> date = TimestampParser.find(l, java.time.ZoneOffset.UTC, null);
        return date.isEmpty() || date.get().raw().length() < 0.5 * l.length();   // "Monday, October 29, 2012" is no title
    }

    /** Skip links, menus and search boxes at the top of a dump, in the languages the extractor reads. */
    static final Pattern CHROME_LINE = Pattern.compile("(?i)(?:skip to|jump to|menu|search|sign in|log in|"
            + "home\\b|powered by|cookie|springe zum|zum inhalt|direkt zum|zur navigation|aller au|passer au|"
            + "saltar al|ir al contenido|filter by|依據|搜尋|advertisement|anzeige|publicité|suche|rechercher|buscar|"
            + ".*\\[\\s*\\]|.*\\[\\s{3,})");

    /**
     * The comments that dated bylines head. {@code lists[0]} counts the records dropped as lists of dated items: a
     * page whose dated records were all lists is not read again for undated ones.
     */
    private static List<Raw> headerComments(List<String> lines, ExtractOptions options, OffsetDateTime ref, int[] lists) {
        Set<String> chrome = repeatedPhrases(lines);
        int width = wrapWidth(lines);
        int[] nextDateLine = TextBylines.nextDateLines(lines, options, ref);
        List<Header> headers = new ArrayList<>();
        Set<Integer> byTime = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.length() > 140) {
                continue;
            }
            Optional<TimestampParser.Match> date = TimestampParser.find(line, options.zone(), ref);
            if (date.isPresent() && TimestampParser.inSpan(line, date.get())) {
                date = Optional.empty();   // "September 12—14, 2011": an event's days, no comment's time
            }
            Header h = date.isEmpty() ? null : nameThenDate(line, i, date);
            if (h == null && date.isPresent()) {
                h = dateThenName(line, i, date);
            }
            if (h != null && (SENTENCE_INSIDE.matcher(h.author()).find()
                    || i > 0 && date.get().start() == 0 && wrapped(lines.get(i - 1), line, width))) {
                // a sentence's end inside the "name" ("in Philadelphia. (Matt Rourke/AP file)", "It's official:
                // Garcia-Matthysse"), or a date that goes on from the line above: a caption's or a headline's words
                h = null;
            }
            if (h == null) {
                h = said(line, i);
                if (h != null && i > 0 && WRAPPED_SUBJECT.matcher(h.author()).find() && wrapped(lines.get(i - 1), line, width)) {
                    h = null;   // the wrapped end of a headline: "… vegetables are" / "created equal, author says"
                }
            }
            if (h == null) {
                h = postedBy(lines, i, options, ref);
                if (h != null && !h.footer()) {
                    byTime.add(i);   // "by Ann July 19, 2013 3:21 AM": over its text, where the page says so
                }
                if (h != null && i + 1 < lines.size() && !lines.get(i + 1).isEmpty()
                        && WRAPPED_TAIL.matcher(lines.get(i + 1)).matches()) {
                    h = new Header(h.line(), h.author(), h.time(), true, i + 2);   // "… 6:11" / "PM" wrapped by the dump
                }
            }
            if (h == null) {
                h = dashSignature(lines, i, options, ref);
            }
            if (h == null && !chrome.contains(chromeKey(line))) {
                h = nameThenDateLine(lines, i, options, ref, width, nextDateLine);
            }
            if (h == null) {
                h = labeledFields(lines, i, options, ref);
            }
            if (h == null) {
                h = numberedDateThenName(lines, i, options, ref);
            }
            if (h == null) {
                h = postedDateThenName(lines, i, options, ref);
            }

            if (h != null) {
                headers.add(h);
                if (h.bodyStart() > i + 1) {
                    i = h.bodyStart() - 1;
                }
            }
        }
        postedOverNames(lines, headers, options, ref);
        signaturesAlike(lines, headers);
        dropRepeatedBylines(headers);
        dropTitlesAtPlaces(headers);
        lists[0] += dropSectionNumbers(lines, headers);
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            if (COMMENTS_TITLE.matcher(lines.get(i)).matches() && !formImage(lines, i) && !recordsText(lines, headers, i)) {
                heading = i;
            }
        }
        int firstComment = heading;
        if (heading >= 0 && headers.stream().anyMatch(h -> h.line() > firstComment)) {
            headers.removeIf(h -> h.line() < firstComment);   // the article's own byline sits above "Comments"
        }
        // A dump's comments follow a line that announces them ("10 Comments", "8 appreciated comments on",
        // "Kommentare", "Réactions"): dated lines above the first such line are bylines, teasers and sidebars.
        int cueLine = commentsCue(lines, headers);
        boolean announced = cueLine >= 0 && headers.stream().anyMatch(h -> h.line() > cueLine)
                || heading >= 0 && headers.stream().anyMatch(h -> h.line() > firstComment);
        // a count of none ("Comments (0)") may be stale, but what stands under it must then read as readers' words
        boolean none = cueLine >= 0 && NONE_COUNTED.matcher(lines.get(cueLine)).find()
                || heading >= 0 && NONE_COUNTED.matcher(lines.get(heading)).find();
        // a count ("One Response to …", "3 Comments") says how many there are
        boolean counted = cueLine >= 0 && COUNTED.matcher(lines.get(cueLine)).find() && !none;
        if (!headers.isEmpty() && countOverNothing(lines, headers.get(headers.size() - 1).line())) {
            return List.of();   // the article's byline and its quotes above a thread the copy does not hold
        }
        if (cueLine >= 0 && headers.stream().anyMatch(h -> h.line() > cueLine)) {
            headers.removeIf(h -> h.line() < cueLine);
        }
        if (!headers.isEmpty() && sidebarOver(lines, Math.max(cueLine, firstComment), headers.get(0).line())) {
            // "• most popular" over dated items: the sidebar's list, under the thread's heading or not (and a list,
            // so the page is not read again for undated records)
            lists[0] += headers.size();
            return List.of();
        }
        withoutAmbiguousBylines(lines, headers, byTime);
        boolean form = formAfter(lines, headers);
        // (two people or more, each "Name said...", announce their comments themselves; a headline's "…, NASCAR says"
        // or a quote's "Frayer said:" is one speaker)
        boolean spoken = headers.stream().filter(h -> saidLine(lines.get(h.line())) != null
                && Spaces.count(h.author()) <= 4 && !h.author().matches(".*[?!.].*"))
                .map(Header::author).distinct().count() >= 2;
        if (!(cueLine >= 0 && headers.stream().anyMatch(h -> h.line() > cueLine)) && headers.size() < 3 && !form) {
            headers.clear();   // without an announcement, a form after them or three alike, dated lines are not comments
        }
        // the article's byline under its text ("Posted by Nikhil Marathe on March 10, 2015"), then "2 comments": the
        // first byline left, and the comments start under that heading
        if (!headers.isEmpty() && headers.get(0).footer() && headingRightAfter(lines, headers.get(0))) {
            headers.remove(0);
        }
        headers = withoutDatedLists(lines, loneFooterUnderHeading(lines, BylineSides.read(lines, headers)));
        if (cueLine < 0 && heading < 0) {
            lists[0] += dropUnderSidebar(lines, headers);
        }
        cutAtSidebar(lines, headers);
        // one record needs a comments heading above it: above its text, for a byline under the text
        int lone = headers.size() != 1 ? 0 : commentsHeadingBefore(lines, headers.get(0).footer()
                ? firstBlockStart(lines, headers.get(0).line(), -1) : headers.get(0).line());
        if (headers.isEmpty() || headers.size() == 1 && lone == 0) {
            return List.of();
        }
        List<Body> bodies = new ArrayList<>();
        BylineSides.OwnControls own = new BylineSides.OwnControls(lines, headers);
        int prevEnd = -1;
        for (int k = 0; k < headers.size(); k++) {
            Header h = headers.get(k);
            int next = k + 1 < headers.size() ? headers.get(k + 1).line() : lines.size();
            List<String> body = new ArrayList<>();
            TimestampParser.Match time = h.time();
            if (h.footer()) {
                int start = prevEnd >= 0 && headers.get(k - 1).footer() ? prevEnd + 1
                        : Math.max(prevEnd + 1, firstBlockStart(lines, h.line(), prevEnd));
                for (int j = h.line() - 1; j > start; j--) {
                    if (ITEM_START.matcher(lines.get(j)).matches()) {
                        start = j;   // the list item holding this comment opens with a bullet and its score alone
                        break;
                    }
                }
                while (k > 0 && headers.get(k - 1).footer() && start < h.line()
                        && (lines.get(start).isBlank() || own.test(lines.get(start)))) {
                    start++;   // the previous byline's controls under it ("Reply Vote")
                }
                boolean first = !(prevEnd >= 0 && headers.get(k - 1).footer());
                for (int j = start; j < h.line(); j++) {
                    if (body.isEmpty() && (lines.get(j).isEmpty() || COMMENTS_TITLE.matcher(lines.get(j)).matches()
                            || first && leadingControl(lines, j, h.line()))) {
                        continue;
                    }
                    if (time == null && body.isEmpty() && isDateLine(lines.get(j), options, ref)) {
                        time = TimestampParser.find(lines.get(j), options.zone(), ref).orElse(null);
                        continue;   // an undated footer's record opens with its date on a line of its own
                    }
                    body.add(lines.get(j));
                }
                prevEnd = h.bodyStart() - 1;
            } else {
                boolean footerNext = k + 1 < headers.size() && headers.get(k + 1).footer();
                int end = next;
                for (int j = h.bodyStart(); j < next; j++) {
                    String l = lines.get(j);
                    if (STOP.matcher(l).matches() || isFormField(l) || SIDEBAR.matcher(l).matches()
                            || FORM_PROMPT.matcher(l).matches()
                            || BUTTONS.matcher(l).matches() && body.stream().anyMatch(x -> !x.isBlank())) {
                        break;   // (a row of the comment's buttons under its text: "[1][0]  [Dodaj odpowiedź]")
                    }
                    if (footerNext && l.startsWith("•") && body.stream().anyMatch(x -> !bareName(x).isEmpty()
                            && !bareName(x).equals(h.author()))) {
                        end = j;   // the next comment's text starts here; its byline follows it
                        break;
                    }
                    if (time == null && isDateLine(l, options, ref)) {
                        time = TimestampParser.find(l, options.zone(), ref).orElse(null);
                        if (body.stream().allMatch(String::isEmpty)) {
                            continue; // "Name says:" then the date, then the text
                        }
                        break;
                    }
                    body.add(l);
                }
                prevEnd = end - 1;
            }
            if (k > 0 && !h.footer() && !bodies.isEmpty() && body.stream().noneMatch(l -> LETTER_OR_DIGIT.matcher(l).find())) {
                Body prev = bodies.get(bodies.size() - 1);
                if (prev.header() == headers.get(k - 1) && !prev.header().footer() && prev.time() == null
                        && !threadEndsBetween(lines, prev.header().bodyStart(), h.line())) {
                    // a signature's last line over the date that closes the comment above ("Allen Wirfs-Brock" /
                    // "Mozilla" / "Ecma-262 Project Editor" / DATE, then "Axel said..."): no record of its own, and
                    // the date is that comment's
                    List<String> signed = new ArrayList<>(prev.lines());
                    for (int j = h.line(); j < h.bodyStart(); j++) {
                        if (!isDateLine(lines.get(j), options, ref)) {
                            signed.add(lines.get(j));
                        }
                    }
                    bodies.set(bodies.size() - 1, new Body(prev.header(), h.time(), signed));
                    continue;
                }
            }
            if (countsComments(lines, h) || emptyItem(lines, h, body, options, ref)) {
                continue;   // a listing's entry (a post, a teaser, a headline), not a comment
            }
            trimOpening(body, h.author());
            bodies.add(new Body(h, time, body));
        }
        dropSharedOpening(bodies);
        dropOwnNumbers(bodies);
        dropSharedMenus(bodies);
        int titledBylines = dropNextTitles(lines, headers, bodies, options);
        List<Record> out = new ArrayList<>();
        for (Body b : bodies) {
            b.lines().removeIf(TextListings::imageName);
            trimOpening(b.lines(), b.header().author());
            boolean item = listItemAlone(b.lines());
            dropLoneMark(b.lines());
            if (!b.lines().isEmpty()) {
                // a bullet (w3m marks nested items "□", "■", "☆", "○"), or an image w3m printed as its one-word alt
                // text ("[d5de32f3]", "[avatar]")
                b.lines().set(0, b.lines().get(0).replaceFirst("^[•*·◦□■☆○▪]\\s+", "")
                        .replaceFirst("^\\[[^\\]\\s]{1,40}\\]\\s+(?=\\S)", ""));
            }
            String text = CommentChrome.cleanText(tidy(b.lines(), chrome));
            // its "text" is a counter or holds other items' dates: a list the headers did not split
            boolean listed = listed(b.lines(), options, ref);
            lists[0] += listed ? 1 : 0;
            if (!text.isEmpty() && !menu(text)) {
                // the text's first line as the copy shows it: a browser's copy runs a list's items on without blank
                // lines, which the text joins into one paragraph
                String first = b.lines().stream().filter(l -> !l.isBlank()).findFirst().orElse(text);
                out.add(new Record(new Raw(b.header().author(), b.time() == null ? null : b.time().value(),
                        b.time() == null ? "" : b.time().raw(), text),
                        teaser(first, options) || bareDay(b.time()) && !prose(text), headlineLike(first), listed,
                        cutLength(text), item || titleName(b.header().author()),
                        !item && SENTENCE_MARK.matcher(text).find() && Spaces.count(text) >= 6, item,
                        b.header().line()));
            }
        }
        dropListingUnderThread(lines, out, cueLine >= 0 ? statedCount(lines.get(cueLine)) : -1);
        long headlines = out.stream().filter(r -> r.notComment() || r.headline()).count();
        long titled = out.stream().filter(r -> r.headline() && !r.notComment() && r.raw().text().contains("\n")).count();
        long people = out.stream().map(r -> r.raw().author().toLowerCase(Locale.ROOT)).distinct().count();
        // readers who title their comments ("IFRS isn't British", then their paragraphs, then "Posted by: …"): many
        // different names, each title over text of its own; a post list has one or a few authors
        // (and only under a line that announces comments: a group blog's front page has titled posts by several people)
        boolean titledComments = out.size() >= 3 && titled == headlines && people >= Math.max(3, 0.6 * out.size())
                && announced;
        if (titledBylines > 0 && !announced && !form && !spoken && people * 2 <= out.size()
                && out.stream().filter(Record::sentences).count() * 4 < out.size() * 3) {
            // a title over every byline ("As video shows, mob mentality a boon to hungry hyenas" / "Paul" / "November
            // 16, 2016"), with nothing that announces a thread, a few names over many entries, and under the titles
            // often no sentence: a site's lists of its posts ("Related Posts", "Latest"), each entry's "text" its
            // picture's name or the list's next heading; readers who title their comments are many, and write
            // sentences under nearly every title (74 of 76 records on a DailyTech thread; 7 of 11 under 4 names on
            // the sidebar lists that made 11 false comments)
            return List.of();
        }
        if (out.size() >= 2 && headlines * 2 >= out.size() && !titledComments) {
            return List.of();   // a list of dated headlines (teasers, archives, podcasts), not of comments
        }
        long storyLines = out.stream().filter(r -> r.notComment() || r.headline() || r.storyItem()
                || headlineFirst(r.raw().text())).count();
        if (out.size() >= 3 && storyLines * 5 >= out.size() * 4 && people * 5 <= out.size() * 3) {
            return List.of();   // headlines under a few section names ("NBA", "Golf"): a list of stories, not of readers
        }
        if (!announced && !form && !spoken && out.size() >= 6 && people * 3 <= out.size()
                && storyLines * 2 >= out.size()) {
            // unannounced, six entries or more under a few names, half of them headlines: a site's lists of
            // its writers' posts ("Related Posts", "Latest"), not readers
            return List.of();
        }
        if (CommentChrome.tableRows(out.stream().map(r -> r.raw().text()).toList())) {
            return List.of();   // a table's rows ("Toronto 6/12/13 7:00 PM" / "Winnipeg"): no record says anything
        }
        if (out.size() >= 3 && out.stream().map(r -> r.raw().author()).distinct().count() == 1
                && !AuthorNames.noName(out.get(0).raw().author())) {
            return List.of();   // one "name" over every record is the records' chrome ("Original" over each date);
                                // "Anonymous" over each is what a site prints for readers who gave none
        }
        List<Raw> kept = new ArrayList<>(out.size());
        int readers = 0;
        for (int k = 0; k < out.size(); k++) {
            boolean run = k > 0 && out.get(k - 1).notComment() || k + 1 < out.size() && out.get(k + 1).notComment();
            if (!(out.get(k).notComment() && run) && !(out.get(k).listed() && lists[0] * 2 >= out.size())
                    && !(k > 0 && sameCut(out.get(k - 1), out.get(k)) || k + 1 < out.size() && sameCut(out.get(k), out.get(k + 1)))) {
                kept.add(out.get(k).raw());   // a teaser beside another is a list of them; alone, a comment's quote
                // (a nickname that reads like a title, "tired of the slugs", over sentences of a reader's is a reader)
                readers += out.get(k).storyItem() && !out.get(k).sentences()
                        && (out.get(k).item() || out.get(k).headline()) ? 0 : 1;
            }
        }
        if (lone == COUNTED_ONLY && kept.size() == 1 && kept.get(0).text().length() > LONE_COMMENT_CHARS) {
            return List.of();   // one record under a count alone, as long as an article: the post under its byline
        }
        // Unannounced (no comments heading or count, no comment form after them), dated lines are comments only when
        // three alike are: the three must be records still standing once a listing's entries (a related story, a
        // teaser, an empty list item) are dropped, or the last entries of a list of stories, and a page's dateline
        // over its share menu, pass for a thread
        if (!announced && !form && !spoken && readers < 3) {
            return List.of();
        }
        if (none && kept.size() <= 2 && kept.stream().allMatch(r -> DATELINE.matcher(r.text()).lookingAt()
                && r.text().startsWith(r.author()))) {
            return List.of();   // under "Comments (0)": the article's dateline ("CAIRO (Reuters) - …") read as a record
        }
        // one or two headlines left standing where most records were a listing's entries (excerpts cut alike,
        // teasers): the listing's last entries, not readers (a reader's prose above a widget's excerpts stays)
        if (kept.size() < 3 && !counted && out.size() - kept.size() > kept.size()
                && out.stream().filter(r -> kept.contains(r.raw())).allMatch(Record::headline)) {
            return List.of();
        }
        List<String> texts = kept.stream().map(Raw::text).toList();
        kept.removeIf(r -> CommentChrome.titleBar(r.text(), texts));   // a collapsed reply's title bar: "RE: …"
        return kept;
    }
}
