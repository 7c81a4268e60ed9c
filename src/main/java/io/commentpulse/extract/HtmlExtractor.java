package io.commentpulse.extract;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts comments from HTML pages: locate comment elements, read their fields, fall back to JSON-LD. */
public final class HtmlExtractor implements PageExtractor {

    @Override
    public PageResult extract(Page page, ExtractOptions options) {
        // the address it was saved from is its base: links back to it ("URL#comments") are links within the page
        Document doc = Jsoup.parse(page.text(), page.savedFrom() == null ? "" : page.savedFrom(), Parser.htmlParser());
        Markup.newPage();
        Frames.inline(doc, page.frames());   // a comment widget's frame, saved with the page, is read where it stands
        List<JsonNode> jsonLd = JsonLd.objects(doc);
        ArticleMetadata.Meta meta = ArticleMetadata.read(doc, jsonLd, options.zone());
        String articleId = CommentIds.articleId(meta.canonicalUrl(), page.bytesHash());
        Article article = new Article(articleId, page.path().toString(), meta.title(), meta.published(),
                meta.publishedDateOnly());
        CommentIds ids = new CommentIds(articleId);

        List<CommentLocator.Item> items = options.detection() == Detection.RECORDS ? List.of() : CommentLocator.locate(doc);
        List<CommentLocator.Item> generic = items.isEmpty() && options.detection() != Detection.NAMED
                ? RecordDetector.locate(doc) : List.of();
        if (!items.isEmpty() && items.size() <= 2 && options.detection() == Detection.NAMED_FIRST
                && items.stream().anyMatch(i -> TimestampParser.holdsDates(i.element().text(), 3))) {
            List<CommentLocator.Item> inside = wrapped(items, RecordDetector.locate(doc));
            if (!inside.isEmpty()) {
                generic = inside;
            }
        }
        if (!generic.isEmpty()) {
            if (options.detection() != Detection.RECORDS) {
                generic = CommentLocator.withinCommentsRegion(doc, generic);
            }
            items = generic;
        } else if (items.isEmpty() && options.detection() != Detection.RECORDS) {
            items = CommentLocator.repeatedSiblings(doc);
        }
        Set<Element> itemElements = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, CommentLocator.Item> ownerOf = new IdentityHashMap<>();   // every part of every item
        for (CommentLocator.Item i : items) {
            itemElements.add(i.element());
            for (Element part : i.parts()) {
                ownerOf.put(part, i);
            }
        }
        Map<CommentLocator.Item, String> recordText = new IdentityHashMap<>();
        OffsetDateTime reference = meta.published();
        Map<CommentLocator.Item, CommentFields.Fields> located = new IdentityHashMap<>();
        Set<String> repeated = CommentChrome.repeatedTexts(items, item -> e -> otherItem(ownerOf, e, item));
        for (CommentLocator.Item item : items) {
            located.put(item, CommentFields.read(item, e -> otherItem(ownerOf, e, item), options.zone(),
                    reference, repeated));
        }
        if (generic.isEmpty()) {
            MetaAuthors.fill(items, located, item -> e -> otherItem(ownerOf, e, item), repeated);
        }
        RecordSlots slots = null;
        Map<CommentLocator.Item, Set<String>> titles = new IdentityHashMap<>();
        if (!generic.isEmpty()) {
            List<String> dates = new ArrayList<>();
            for (CommentLocator.Item i : generic) {
                StringBuilder sb = new StringBuilder();
                for (Element part : i.parts()) {
                    sb.append(HtmlText.of(part, e -> otherItem(ownerOf, e, i))).append('\n');
                }
                recordText.put(i, sb.toString().strip());
                dates.add(located.get(i).timestampRaw());
                titles.put(i, titleLines(i, itemElements));
            }
            slots = RecordSlots.learn(generic.stream().map(recordText::get).toList(), dates,
                    generic.stream().map(i -> located.get(i).author()).toList());
        }
        Map<CommentLocator.Item, String> idOf = new IdentityHashMap<>();
        List<Comment> comments = new ArrayList<>();
        Set<String> shown = new java.util.HashSet<>();
        Set<String> openComments = new java.util.HashSet<>();   // the comments shown outside collapsed threads
        for (CommentLocator.Item item : items) {
            if (!HtmlText.isHiddenOrUnder(item.element()) && !HtmlText.inCollapsedThread(item.element())) {
                openComments.add(sameness(located.get(item)));
            }
        }
        // each shown comment's fields as tidied by the record slots, once; their texts name replies' title bars
        Map<CommentLocator.Item, CommentFields.Fields> tidied = new IdentityHashMap<>();
        for (CommentLocator.Item item : items) {
            if (!HtmlText.isHiddenOrUnder(item.element())) {
                CommentFields.Fields f = slots != null && recordText.containsKey(item)
                        ? slots.tidy(located.get(item), recordText.get(item), titles.get(item)) : located.get(item);
                if (recordText.containsKey(item)) {
                    f = new CommentFields.Fields(f.author(), f.timestamp(), f.timestampRaw(),
                            CommentChrome.withoutOwnCounts(f.text(), f.author()), f.quote());
                }
                if (recordText.containsKey(item)) {
                    // the name its avatar's profile link spells outranks a line's place (a badge line above the name)
                    String avatar = CommentFields.avatarName(item.parts(), e -> otherItem(ownerOf, e, item));
                    String text = RecordHeader.stripAbove(f.text(), item.parts(), f.timestampRaw(),
                            e -> otherItem(ownerOf, e, item));
                    f = new CommentFields.Fields(avatar.isEmpty() ? f.author() : avatar, f.timestamp(), f.timestampRaw(),
                            text, f.quote());
                }
                if (recordText.containsKey(item) && generic.size() < 3) {
                    // too few records to tell their shared lines: the header block goes by its place
                    f = new CommentFields.Fields(f.author(), f.timestamp(), f.timestampRaw(), RecordHeader.strip(f.text(),
                            item.parts(), f.timestampRaw(), e -> otherItem(ownerOf, e, item)), f.quote());
                }
                tidied.put(item, f);
            }
        }
        long initialled = tidied.entrySet().stream().filter(e -> recordText.containsKey(e.getKey())
                && CommentChrome.endsWithInitials(e.getValue().text(), e.getValue().author())).count();
        if (initialled >= 2 && initialled * 2 >= recordText.size()) {
            // most detected records end with their writer's initials: the avatars that stand in for a picture
            tidied.replaceAll((item, f) -> recordText.containsKey(item) ? new CommentFields.Fields(f.author(),
                    f.timestamp(), f.timestampRaw(), CommentChrome.withoutInitials(f.text(), f.author()), f.quote()) : f);
        }
        List<String> texts = tidied.values().stream().map(CommentFields.Fields::text).toList();
        int recordChars = texts.stream().mapToInt(NotComments::chars).sum();
        // the page's text, read only when a record is long enough to ask
        IntSupplier pageChars = Remembered.once(() -> doc.body() == null ? 0 : NotComments.chars(doc.body().text()));
        long echoing = items.stream().map(tidied::get)
                .filter(f -> f != null && NotComments.echoesName(f.text(), f.author())).count();
        boolean echoList = NotComments.echoList(echoing, items.size());
        for (CommentLocator.Item item : items) {
            if (HtmlText.isHiddenOrUnder(item.element())) {
                continue;
            }
            CommentFields.Fields f = located.get(item);
            // the same element id, author and text again: a second rendering of the thread ("Highest rated" tab)
            String elementId = item.element().id();
            if (!elementId.isEmpty() && !shown.add(elementId + '\u0000' + f.author() + '\u0000' + f.text())) {
                continue;
            }
            // in a collapsed thread, the same author, time and text as a comment shown: the thread rendered twice
            // (the first comments shown, then all of them behind "View all 12 comments")
            if (HtmlText.inCollapsedThread(item.element()) && openComments.contains(sameness(f))) {
                continue;
            }
            f = tidied.get(item);
            if (f.text().isBlank() || NotComments.notSaid(f.text(), f.author(), f.timestampRaw())
                    || echoList && NotComments.echoesName(f.text(), f.author())
                    || CommentChrome.titleBar(f.text(), texts) || CommentChrome.signInPrompt(f.text())
                    || CommentChrome.termsNotice(f.text()) || TimestampParser.onlyDate(f.text()) || linkHeavyTeaser(item)
                    || NotComments.mainText(f.text(), pageChars, recordChars)
                    || underPageTitle(item, meta.title(), ownerOf)) {
                continue;
            }
            String id = ids.next(f.author(), f.timestampRaw(), f.text());
            idOf.put(item, id);
            String parent = "";
            for (CommentLocator.Item p = item.parent(); p != null; p = p.parent()) {
                if (idOf.containsKey(p)) {
                    parent = idOf.get(p);
                    break;
                }
            }
            comments.add(new Comment(id, f.author(), f.timestamp(), f.timestampRaw(), parent, f.text(), f.quote()));
        }
        if (!generic.isEmpty() && CommentChrome.tableRows(comments.stream().map(Comment::text).toList())) {
            comments.clear();   // the detector's records are a table's rows, not readers' words
        }
        if (NotComments.excerpts(comments.stream().map(Comment::text).toList())) {
            comments.clear();   // a listing's excerpts, each cut off where a link leads to the rest
        }
        if (comments.isEmpty()) {
            comments.addAll(fromJsonLd(jsonLd, ids, options, reference));
        }
        return new PageResult(article, comments);
    }

    private static List<Comment> fromJsonLd(List<JsonNode> jsonLd, CommentIds ids, ExtractOptions options,
                                            OffsetDateTime reference) {
        List<Comment> out = new ArrayList<>();
        for (JsonNode c : JsonLd.comments(jsonLd)) {
            String text = Jsoup.parse(c.path("text").asText()).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            String author = JsonLd.authorName(c).strip();
            String raw = c.path("dateCreated").asText(c.path("datePublished").asText(""));
            OffsetDateTime ts = TimestampParser.parseMachine(raw, options.zone());
            out.add(new Comment(ids.next(author, raw, text), author, ts, raw, "", text, ""));
        }
        return out;
    }

    /**
     * The detector's records inside the one named item that wraps them: a "comment" by its class that holds three or
     * more dated records and has no date of its own before the first of them (CBS's div#commentWrapper: a pager, then
     * ten dl records) is the thread's wrapper, not a comment. A real comment that quotes a dated list, a chat log or
     * tweets shows its own byline's date before them, so it stays one comment. None where another named item stands
     * outside the wrapper.
     */
    private static List<CommentLocator.Item> wrapped(List<CommentLocator.Item> named, List<CommentLocator.Item> records) {
        for (CommentLocator.Item n : named) {
            List<CommentLocator.Item> in = records.stream().filter(r -> r.element() != n.element()
                    && r.element().parents().contains(n.element())).toList();
            boolean alone = named.stream().allMatch(m -> m == n || m.element().parents().contains(n.element()));
            if (in.size() >= 3 && alone && !datedBefore(n.element(), in.get(0).element())) {
                return in;
            }
        }
        return List.of();
    }

    /** True when {@code outer}'s text before {@code first}'s holds a date: its own byline. */
    private static boolean datedBefore(Element outer, Element first) {
        String all = HtmlText.of(outer);
        String head = HtmlText.of(first);
        int at = head.isEmpty() ? -1 : all.indexOf(head.substring(0, Math.min(40, head.length())));
        String before = at < 0 ? all : all.substring(0, at);
        return TimestampParser.find(before, java.time.ZoneOffset.UTC, null).isPresent();
    }

    private static String sameness(CommentFields.Fields f) {
        return f.author() + '\u0000' + f.timestampRaw() + '\u0000' + f.text();
    }

    /** True when {@code e} is a part of an item other than {@code item} (a reply inside it): not its text. */
    private static boolean otherItem(Map<Element, CommentLocator.Item> ownerOf, Element e, CommentLocator.Item item) {
        CommentLocator.Item owner = ownerOf.get(e);
        return owner != null && owner != item;
    }

    /** Headings and schema.org names inside a record (not inside its replies): comment titles, never its text. */
    private static Set<String> titleLines(CommentLocator.Item item, Set<Element> itemElements) {
        Set<String> out = new java.util.HashSet<>();
        for (Element part : item.parts()) {
            for (Element e : part.select(Selectors.TITLE)) {
                boolean nested = false;
                for (Element a = e; a != null && a != part && !nested; a = a.parent()) {
                    nested = itemElements.contains(a) && a != item.element();
                }
                if (!nested) {
                    out.add(HtmlText.oneLine(e.text()));
                }
            }
        }
        return out;
    }

    /**
     * Whether a record holds a heading of its own (not one of its replies') that is the page's own title ("Go Vote!"
     * in a page titled "Go Vote! | ShoeMoney"): the post itself, read as a record, not a reply under it (a reply's
     * heading answers it: "Re: …", "AW: …").
     */
    private static boolean underPageTitle(CommentLocator.Item item, String pageTitle,
                                          Map<Element, CommentLocator.Item> ownerOf) {
        String title = ComparableText.of(pageTitle);
        if (title.length() < 8) {
            return false;
        }
        for (Element h : item.element().select(Selectors.MAJOR_HEADING)) {
            String heading = ComparableText.of(h.text());
            if (heading.length() >= 8 && heading.indexOf(' ') > 0 && !REPLY_SUBJECT.matcher(heading).lookingAt()
                    && title.contains(heading) && !inOtherItem(h, item, ownerOf)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern REPLY_SUBJECT = java.util.regex.Pattern.compile("(?:re|aw|sv|tr|rv|rif)\\s*:");

    /** Whether {@code e}, inside {@code item}, lies in another item nested in it (a reply). */
    private static boolean inOtherItem(Element e, CommentLocator.Item item, Map<Element, CommentLocator.Item> ownerOf) {
        for (Element x = e; x != null && x != item.element(); x = x.parent()) {
            if (otherItem(ownerOf, x, item)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A link to a place on this page: "#…", or this page's own address (where the page says it, as an MHTML archive
     * does) followed by "#…", as a saver that makes every link absolute writes it.
     */
    private static boolean withinPage(String href, Document doc) {
        if (href.startsWith("#")) {
            return true;
        }
        String self = doc == null ? "" : doc.location();
        int hash = href.indexOf('#');
        return !self.isEmpty() && hash > 0 && href.substring(0, hash).equals(self.replaceFirst("#.*", ""));
    }

    /**
     * The number in a comment element's id ("komentarz2065221", "comment-48213"), as it would stand in a link to the
     * comment's own page ("/forum/516408/2065221/…"): such a link, outside a heading, is the comment's permalink, not
     * a link away. Null where the id is no comment's or holds no number of four digits or more (a post's
     * "post-48213" links its headline to the post, a teaser's link away).
     */
    private static String ownNumber(CommentLocator.Item item) {
        Matcher m = COMMENT_ID.matcher(item.element().id());
        return m.find() ? m.group(1) : null;
    }

    /** Whether {@code href} holds {@code number} with no digit either side ("/2065221/", not "/120652210/"). */
    private static boolean holdsNumber(String href, String number) {
        return WholeParts.holds(href, number, Character::isDigit);
    }

    /**
     * A comment's id with its number: "comment-48213", "li-comment-48213", "komentarz2065221", "reply_12345",
     * "c48213" (not "commentary-48213": an opinion section's teaser).
     */
    private static final Pattern COMMENT_ID = Pattern.compile("(?i)(?:comment|kommentar|komentarz|koment|reply|response"
            + "|antwort|^c)s?[-_]?(\\d{4,})$");

    /**
     * An article teaser styled as "comment" (opinion sections): mostly link text under a linked heading. Judged over
     * all of an item's parts: a dt header whose date is a permalink is not a teaser when its dd has text.
     */
    private static boolean linkHeavyTeaser(CommentLocator.Item item) {
        Element heading = null;
        int all = 0;
        int linked = 0;
        boolean dated = false;
        String own = ownNumber(item);
        for (Element e : item.parts()) {
            heading = heading != null ? heading : e.selectFirst(Selectors.HEADING_LINK);
            all += e.text().length();
            for (Element a : e.select(Selectors.LINK)) {
                String href = a.attr("href").strip();
                if (!withinPage(href, a.ownerDocument()) && !href.regionMatches(true, 0, "javascript:", 0, 11)
                        && (own == null || !holdsNumber(href, own) || a.closest(Selectors.MAJOR_HEADING) != null)) {
                    linked += a.text().length();   // links to other pages; "#" toggles and permalinks are controls
                }
            }
            dated |= !e.select(Selectors.TIME_OR_DATE_CLASS).isEmpty();
        }
        if (all == 0) {
            return true;
        }
        return heading != null && (double) linked / all > 0.25 && !dated || (double) linked / all > 0.7;
    }
}
