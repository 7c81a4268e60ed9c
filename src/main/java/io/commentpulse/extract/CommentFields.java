package io.commentpulse.extract;

import org.jsoup.nodes.Element;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static io.commentpulse.extract.AuthorNames.DATE_LEAD;
import static io.commentpulse.extract.AuthorNames.URL_LIKE;
import static io.commentpulse.extract.AuthorNames.authorFromText;
import static io.commentpulse.extract.AuthorNames.cleanAuthor;
import static io.commentpulse.extract.AuthorNames.nameBeforeDate;
import static io.commentpulse.extract.CommentChrome.cleanText;
import static io.commentpulse.extract.CommentChrome.dropBylineLine;
import static io.commentpulse.extract.CommentChrome.onlyControls;
import static io.commentpulse.extract.CommentChrome.removeFirstLineContaining;
import static io.commentpulse.extract.CommentChrome.stripLeadingAuthor;

/**
 * Reads author, time, text and a leading quote out of one located comment, ignoring replies nested inside it.
 */
final class CommentFields {
    /** The fields of one comment before ids are assigned. */
    record Fields(String author, OffsetDateTime timestamp, String timestampRaw, String text, String quote) {
    }

    /** A day of the week (the timestamp grammar's names, and French abbreviations) alone: never a commenter's name. */
    static final Pattern WEEKDAY = Pattern.compile("(?i)" + TimestampParser.WEEKDAY_NAMES + "|lun|mar|mer|jeu|ven|sam|dim");

    static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private static final Pattern NAME_TOKEN = Pattern.compile("(?:^|[-_])(?:name|fn|nick|nickname|username|displayname)(?:[-_]|$)");

    private static final Set<String> QUOTE_TAGS = Set.of("blockquote", "q");

    private static final Pattern NOT_BODY = Pattern.compile("(?:^|[-_])(?:meta|author|date|time|header|footer)(?:[-_]|$)");

    private static final Pattern QUOTE_CLASS = Pattern.compile("(?:^|[-_])quote(?:[-_]|$)");

    private CommentFields() {
    }

    static Fields read(CommentLocator.Item item, Predicate<Element> nested, ZoneId zone, OffsetDateTime reference,
                       Set<String> repeated) {
        List<Element> parts = item.parts();
        Element author = findAuthor(parts, nested);
        Element body = findBody(parts, nested, author, repeated);
        String authorName = author == null ? "" : cleanAuthor(HtmlText.oneLine(HtmlText.of(author,
                e -> nested.test(e) || commentNumber(e))));

        // Text first: the body element when one exists, else the item less its chrome.
        Element quoteEl = body == null ? null : leadingQuote(body, nested);
        Predicate<Element> metaInBody = metaInBody(body);
        String text;
        Element partQuote = null;
        if (body != null) {
            text = HtmlText.of(body, e -> nested.test(e) || e == quoteEl || isBodyChrome(e) || metaInBody.test(e));
        } else {
            StringBuilder sb = new StringBuilder();
            for (Element p : parts) {
                IntSupplier partChars = Remembered.once(() -> HtmlText.of(p, nested).length());
                Predicate<Element> chrome = Remembered.of(e -> nested.test(e) || e == author
                        || Markup.furniture(e, Markup.CHROME) && !prose(e, nested, partChars)
                        || META_TAGS.contains(e.normalName()) || isBodyChrome(e));
                Element leading = leadingQuote(p, nested);
                Element q = leading != null ? leading : sb.length() == 0 && partQuote == null ? openingQuote(p, chrome, false) : null;
                if (leading == null && q != null) {
                    partQuote = q;
                }
                String t = HtmlText.of(p, e -> chrome.test(e) || e == q);
                if (!t.isEmpty()) {
                    sb.append(sb.length() > 0 ? "\n" : "").append(t);
                }
            }
            text = sb.toString();
        }
        Element shownQuote = quoteEl != null ? quoteEl : partQuote;
        String quote = shownQuote == null ? "" : HtmlText.of(shownQuote, nested);

        String metaText = metaText(parts, nested, body, metaInBody);
        if (authorName.isEmpty()) {
            authorName = authorFromText(metaText);
        }

        TimeFound time = findTime(parts, nested, body, metaText, zone, reference);
        if (authorName.isEmpty()) {
            authorName = authorFromStructure(parts, nested, body);
        }
        if (authorName.isEmpty() && time.raw() != null) {
            authorName = nameBeforeDate(metaText, time.raw());
        }
        if (author == null && !authorName.isEmpty() && body == null) {
            text = stripLeadingAuthor(text, authorName);
        }
        String rawOneLine = time.raw() == null ? null : HtmlText.oneLine(time.raw()).replaceAll("\\s+", " ");
        if (!authorName.isEmpty() && rawOneLine != null && Spaces.collapsed(authorName).contains(rawOneLine)) {
            String name = Spaces.collapsed(authorName);
            authorName = cleanAuthor(name.substring(0, name.indexOf(rawOneLine)));
            if (DATE_LEAD.matcher(authorName).matches()) {
                // a permalink "On November 1, 2012": its lead word is the date's; the name is after the date
                authorName = nameBeforeDate(metaText, time.raw());
            }
        }
        if (body == null && time.raw() != null) {
            text = removeFirstLineContaining(text, time.raw());
        }
        if (!authorName.isEmpty()) {
            text = dropBylineLine(text, authorName);
        }
        if (time.raw() != null && !authorName.isEmpty() && cleanText(text).isBlank()) {
            String title = titleOf(parts, nested, author);   // a signed, dated comment whose only words are its title
            text = title.equalsIgnoreCase(authorName) ? text : title;
        }
        return new Fields(authorName, time.value(), time.raw() == null ? "" : time.raw(), cleanText(text), quote);
    }

    private record TimeFound(OffsetDateTime value, String raw) {
    }

    private static TimeFound findTime(List<Element> parts, Predicate<Element> nested, Element body, String metaText,
                                      ZoneId zone, OffsetDateTime reference) {
        OffsetDateTime machine = null;
        String machineText = null;
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (isInside(e, body) || isNestedBelow(e, p, nested)) {
                    continue;
                }
                String attr = e.hasAttr("datetime") ? e.attr("datetime")
                        : e.normalName().equals("abbr") && e.hasAttr("title") ? e.attr("title")
                        : isDateProperty(e) ? (e.hasAttr("content") ? e.attr("content") : e.text()) : null;
                if (attr != null) {
                    machine = TimestampParser.parseMachine(attr, zone);
                    if (machine != null) {
                        machineText = HtmlText.oneLine(e.text());
                        break;
                    }
                }
            }
            if (machine != null) {
                break;
            }
        }
        Optional<TimestampParser.Match> visible = TimestampParser.find(metaText, zone, reference);
        if (machine != null) {
            String raw = visible.map(TimestampParser.Match::raw)
                    .orElse(machineText == null || machineText.isEmpty() ? null : machineText);
            return new TimeFound(machine, raw);
        }
        return visible.map(m -> new TimeFound(m.value(), m.raw())).orElse(new TimeFound(null, null));
    }

    private static boolean hasAncestorMatching(Element e, Element stop, Predicate<Element> p) {
        for (Element a = e.parent(); a != null && a != stop; a = a.parent()) {
            if (p.test(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lines of a comment outside its text (the author line, the date, its controls): what {@link MetaAuthors}
     * compares across the comments of a page.
     */
    static String metaOf(CommentLocator.Item item, Predicate<Element> nested, Set<String> repeated) {
        List<Element> parts = item.parts();
        Element body = findBody(parts, nested, findAuthor(parts, nested), repeated);
        if (body != null) {
            return metaText(parts, nested, body, metaInBody(body));
        }
        // no body element: the blocks the text was read without (a "meta" box, headings, times, citations)
        StringBuilder meta = new StringBuilder();
        for (Element p : parts) {
            IntSupplier partChars = Remembered.once(() -> HtmlText.of(p, nested).length());
            Predicate<Element> chrome = Remembered.of(e -> e != p && (Markup.furniture(e, Markup.CHROME)
                    && !prose(e, nested, partChars) || META_TAGS.contains(e.normalName())));
            for (Element e : p.getAllElements()) {
                if (chrome.test(e) && !isNestedBelow(e, p, nested) && !hasAncestorMatching(e, p, chrome)) {
                    meta.append(HtmlText.of(e, nested)).append('\n');
                }
            }
        }
        return meta.toString();
    }

    /** Headings, times, citations and chrome inside the body element: the comment's meta, not its words. */
    private static Predicate<Element> metaInBody(Element body) {
        return e -> body != null && e != body && isInside(e, body) && (Markup.furniture(e, Markup.CHROME)
                && !holdsReviewWords(e) || META_TAGS.contains(e.normalName()));
    }

    /** Everything that is not the body text: where the author line and the date live. */
    private static String metaText(List<Element> parts, Predicate<Element> nested, Element body,
                                   Predicate<Element> metaInBody) {
        StringBuilder meta = new StringBuilder();
        for (Element p : parts) {
            meta.append(HtmlText.of(p, e -> nested.test(e) || e == body)).append('\n');
        }
        if (body != null) {
            for (Element e : body.getAllElements()) {
                if (metaInBody.test(e) && !isNestedBelow(e, body, nested) && !hasAncestorMatching(e, body, metaInBody)) {
                    meta.append(HtmlText.of(e, nested)).append('\n');
                }
            }
        }
        return meta.toString();
    }

    /** A short name-like link, heading or bold text outside the body, when no element is marked as the author. */
    private static String authorFromStructure(List<Element> parts, Predicate<Element> nested, Element body) {
        boolean dtHeader = !parts.isEmpty() && parts.get(0).normalName().equals("dt");
        for (Element p : parts) {
            // below a dt header, a name in the dd stands alone on its line; a link in the text is the reader's
            boolean inBody = dtHeader && p != parts.get(0);
            for (Element e : p.getAllElements()) {
                if (e == p || isInside(e, body) || isNestedBelow(e, p, nested)
                        || !NAME_TAGS.contains(e.normalName()) || inBody && !aloneInBlock(e)
                        || HtmlText.isHiddenBelow(e, p)) {
                    continue;   // (a hidden popup's "Cerrar ventana" link before the name is nobody's)
                }
                String shown = HtmlText.oneLine(HtmlText.of(e, nested));
                String t = cleanAuthor(shown);
                if (inProse(e, t) || URL_LIKE.matcher(t).lookingAt()) {
                    continue;   // a link or bold words inside a sentence of the text; a web address is no name
                }
                if (t.length() >= 2 && t.length() <= 40 && !isControl(t) && noDate(shown, t)) {
                    return t;
                }
            }
        }
        return "";
    }

    /** True when {@code e} is all the text of its block: a name on a line of its own, not a link in the text. */
    private static boolean aloneInBlock(Element e) {
        Element block = e.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        return block != null && HtmlText.oneLine(block.text()).equals(HtmlText.oneLine(e.text()));
    }

    /**
     * True when {@code e} sits inside a sentence: in a paragraph with much more text than its own, and after some of
     * it ("I'd rather leave that to Insultron (http://…)"). A name that opens its paragraph may be a byline.
     */
    private static boolean inProse(Element e, String own) {
        Element block = e.parent();
        while (block != null && !block.isBlock()) {
            block = block.parent();
        }
        if (block == null || !block.normalName().equals("p")) {
            return false;
        }
        String all = HtmlText.oneLine(block.text());
        String mine = HtmlText.oneLine(e.text());
        int at = mine.isEmpty() ? -1 : all.indexOf(mine);
        return all.length() > own.length() + 80 && at > 0 && !all.substring(0, at).isBlank();
    }

    private static boolean isDateProperty(Element e) {
        String ip = e.attr("itemprop") + " " + e.attr("property");
        return ip.contains("dateCreated") || ip.contains("datePublished") || ip.contains("commentTime")
                || ip.contains("dc:date");
    }

    private static boolean isInside(Element e, Element container) {
        if (container == null) {
            return false;
        }
        for (Element a = e; a != null; a = a.parent()) {
            if (a == container) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNestedBelow(Element e, Element root, Predicate<Element> nested) {
        for (Element a = e; a != null && a != root; a = a.parent()) {
            if (nested.test(a)) {
                return true;
            }
        }
        return false;
    }

    private static Element findAuthor(List<Element> parts, Predicate<Element> nested) {
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (e == p || isNestedBelow(e, p, nested)) {
                    continue;
                }
                String ip = e.attr("itemprop") + " " + e.attr("property") + " " + e.attr("rel");
                if (ip.contains("author") || ip.contains("creator") || personsName(e, p)) {
                    Element name = e.selectFirst(Selectors.SCHEMA_NAME);
                    Element chosen = name != null ? name : e;
                    if (isNameLike(chosen, nested)) {
                        return chosen;
                    }
                }
            }
        }
        Element labeled = labeledName(parts, nested);
        if (labeled != null) {
            return labeled;
        }
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (e == p && parts.size() == 1 || isNestedBelow(e, p, nested) || !Markup.any(e, Markup.AUTHOR)
                        || Markup.any(e, Markup.TEXT)) {
                    continue;
                }
                Element best = e;
                Element fn = null;
                Element named = null;
                for (Element d : e.getAllElements()) {
                    if (d == e || !isNameLike(d, nested)) {
                        continue;
                    }
                    if (fn == null && (d.hasClass("fn") || d.normalName().equals("cite"))) {
                        fn = d;
                    } else if (named == null && Markup.any(d, NAME_TOKEN) && !Markup.any(d, Markup.TEXT)) {
                        named = d;
                    }
                }
                best = fn != null ? fn : named != null ? named : profileLink(e, nested);
                if (isNameLike(best, nested)) {
                    return best;
                }
            }
        }
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (e != p && !isNestedBelow(e, p, nested) && e.normalName().equals("cite") && isNameLike(e, nested)) {
                    return e;
                }
            }
        }
        return null;
    }

    /**
     * A name the page labels as one, in a field list: a {@code dt}, {@code th} or {@code label} whose whole text is a
     * name label ("Nick", "Name:", "Autor"), or any element whose text is such a label with its colon ("Name:"), and
     * the name in the element right after it, with no text between (wprost.pl's {@code dl}: dt "Nick", dd the name; dt
     * "Data dodania", dd the date). A control's label or another field's label is no name.
     */
    private static Element labeledName(List<Element> parts, Predicate<Element> nested) {
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (e == p || e.childrenSize() > 0 || !FIELD_LABEL_TAGS.contains(e.normalName())
                        && !e.ownText().stripTrailing().endsWith(":")) {
                    continue;   // (cheap tests first: this runs over every element of every comment)
                }
                String label = HtmlText.oneLine(e.text());
                if (label.length() > 20 || !NAME_LABEL.matcher(label).matches() || isNestedBelow(e, p, nested)) {
                    continue;
                }
                Element name = e.nextElementSibling();
                if (name == null || e.nextSibling() != name && !(e.nextSibling() instanceof org.jsoup.nodes.TextNode t
                        && t.isBlank() && t.nextSibling() == name)) {
                    continue;   // text between the label and the element: the value is that text, not the element
                }
                String value = HtmlText.oneLine(name.text());
                if (value.length() <= 40 && isNameLike(name, nested) && !isControl(value)
                        && !NAME_LABEL.matcher(value).matches() && !DATE_LABEL.matcher(value).matches()) {
                    return name;
                }
            }
        }
        return null;
    }

    private static final Set<String> FIELD_LABEL_TAGS = Set.of("dt", "th", "label");

    /** The label of a name field ({@link CueWords#NAME_LABEL}), with its colon or without. */
    static final Pattern NAME_LABEL = Pattern.compile(CueWords.NAME_LABEL + "\\s*:?");

    /** The label of a date field ({@link CueWords#DATE_LABEL}), with its colon or without. */
    static final Pattern DATE_LABEL = Pattern.compile(CueWords.DATE_LABEL + "\\s*:?");

    /**
     * A person's name in RDFa inside the record ({@code <span property="schema:name">} in {@code typeof="schema:Person"},
     * as Drupal prints "Submitted by NAME on DATE"): the commenter, the only person a comment names so.
     */
    private static boolean personsName(Element e, Element part) {
        if (!e.attr("property").endsWith(":name") && !e.attr("property").equals("name")) {
            return false;
        }
        boolean person = false;
        for (Element a = e; a != null && a != part.parent(); a = a.parent()) {
            if (HtmlText.isHidden(a) || Markup.furniture(a, UNSEEN) || a.normalName().equals("blockquote")) {
                // ("In reply to … by NAME" for screen readers: the parent comment's writer; a quoted comment's writer)
                return false;
            }
            if (a.attr("typeof").contains("Person")) {
                if (a.text().startsWith("@")) {
                    return false;   // a person the text mentions: Livefyre's "@<span property=name>jpaulson81720</span>"
                }
                person = true;
            }
        }
        return person;
    }

    /** Text kept for screen readers only, by class. */
    private static final Pattern UNSEEN = Pattern.compile("(?:^|[-_])(?:visually-hidden|sr-only|screen-reader-text|"
            + "element-invisible)(?:[-_]|$)");

    private static boolean isNameLike(Element e, Predicate<Element> nested) {
        String shown = HtmlText.oneLine(HtmlText.of(e, nested));
        String t = cleanAuthor(shown);
        return !t.isEmpty() && t.length() <= 80 && !t.contains("\n") && !PROFILE_BUTTON.matcher(t).matches()
                && !CONTROL_WORD.matcher(t).matches() && noDate(shown, t);
    }

    private static final Pattern CONTROL_LABEL = Pattern.compile("(?i)reply|permalink|#|#?\\d+\\.?|report(?:\\s.*)?|quote|"
            + "link|edit|profile|view profile|contact");

    /** A control's word in the author's box ("Permalink" beside Drupal's name): never the name itself. */
    private static final Pattern CONTROL_WORD = Pattern.compile("(?i)reply|permalink|report|quote|edit");

    /** The label of a button to the commenter's profile, inside the element marked as the author. */
    private static final Pattern PROFILE_BUTTON = Pattern.compile("(?i)(?:view )?profile");

    /** A control's label ("Reply", "Profile", "#3", "Share"): never a commenter's name. */
    private static boolean isControl(String t) {
        return CONTROL_LABEL.matcher(t).matches() || onlyControls(t);
    }

    /**
     * True when {@code name}, cleaned from {@code shown}, holds no date and is no part of a date {@code shown} holds:
     * cleaning drops a leading number, and "12. Juli 2012 um 8:35" less its "12." reads as no date. A name beside its
     * date ("Heidemarie Heim | Di, 21. April 2020") is still a name.
     */
    static boolean noDate(String shown, String name) {
        if (TimestampParser.find(name, java.time.ZoneOffset.UTC, null).isPresent()) {
            return false;
        }
        if (shown.equals(name)) {
            return true;   // nothing was cleaned away
        }
        Optional<TimestampParser.Match> d = TimestampParser.find(shown, java.time.ZoneOffset.UTC, null);
        int at = shown.indexOf(name);
        return d.isEmpty() || at < 0 || at + name.length() <= d.get().start() || at >= d.get().end();
    }

    private static Element findBody(List<Element> parts, Predicate<Element> nested, Element author, Set<String> repeated) {
        for (Element p : parts) {
            for (Element e : p.select(Selectors.SCHEMA_TEXT)) {
                if (e != p && !isNestedBelow(e, p, nested)) {
                    return e;
                }
            }
        }
        Element best = null;
        Element own = null;
        Element emptyBody = null;
        Element undated = null;
        int bestLen = 0;
        int ownLen = 0;
        int undatedLen = 0;
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (!bodyCandidate(e, p, parts, nested, author)) {
                    continue;
                }
                String t = HtmlText.of(e, nested);
                int len = t.length();
                if (len > bestLen) {
                    best = e;
                    bestLen = len;
                } else if (len == 0 && emptyBody == null && Markup.anyWhole(e, Markup.BODY)) {
                    emptyBody = e;
                }
                if (len > ownLen && !repeated.contains(t) && !onlyADate(t)) {
                    own = e;
                    ownLen = len;
                }
                if (len > undatedLen && !repeated.contains(t) && !onlyADate(t) && !holdsDateElement(e)) {
                    undated = e;
                    undatedLen = len;
                }
            }
        }
        if (own != null && undated != null && own != undated && holdsDateElement(own)) {
            // a box named like a body that holds the byline too (Bootstrap's "media-body": title, "Verfasst von X am
            // <small>DATE</small>"), beside the text's own box: the text is the box without the byline
            return undated;
        }
        // a text that other comments carry word for word ("This user has chosen to opt out of the Badges program")
        // is the site's, not the commenter's; an empty element named as the body ("div.cbody"): no text but a title
        return own != null ? own : best != null ? best : emptyBody;
    }

    /** Whether an element below {@code e} shows a date and nothing else: a byline's date, not a text's. */
    private static boolean holdsDateElement(Element e) {
        for (Element d : e.getAllElements()) {
            if (d != e && d.childrenSize() == 0 && DIGIT_CHAR.matcher(d.text()).find() && d.text().length() <= 60
                    && onlyADate(d.text())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern DIGIT_CHAR = Pattern.compile("\\d");

    /** A date and little else ("May 3, 2012 at 6:00 AM"): never what a reader wrote. */
    private static boolean onlyADate(String t) {
        int chars = TimestampParser.visibleChars(t);
        if (chars > TimestampParser.LONGEST_DATE + 2 && !TimestampParser.longNumber(t)) {
            return false;   // (a quick way past a whole text: no date it reads is so long)
        }
        Optional<TimestampParser.Match> d = TimestampParser.find(t, java.time.ZoneOffset.UTC, null);
        return d.isPresent() && chars - TimestampParser.visibleChars(d.get().raw()) < 3;
    }

    static boolean bodyCandidate(Element e, Element part, List<Element> parts, Predicate<Element> nested, Element author) {
        return !(e == part && parts.size() == 1) && !isNestedBelow(e, part, nested) && Markup.any(e, Markup.TEXT)
                && (author == null || !isInside(author, e)) && !Markup.any(e, NOT_BODY);
    }

    /**
     * The name in an author block that also holds a badge, a motto or a fan count: the link whose address spells its
     * text ("/social/cliffhammond" → "cliffhammond"); else the block itself.
     */
    private static Element profileLink(Element block, Predicate<Element> nested) {
        if (block.normalName().equals("a")) {
            return block;
        }
        String shown = HtmlText.of(block, nested).strip();
        for (Element a : block.select(Selectors.LINK)) {
            String text = a.text().strip();
            if (spellsItsAddress(a, nested) && text.length() < shown.length()
                    && (!text.startsWith("@") || onAvatar(block, a))) {
                // (a handle "@devpatel_nyc" beside the name "Dev Patel" is a mention, unless the avatar links there)
                return a;
            }
        }
        return block;
    }

    /**
     * The commenter's name where no markup names it: the one link of the record's own (not its replies') markup whose
     * address spells its text ("/social/cliffhammond" → "cliffhammond") while a picture links to the same address
     * (the avatar). A link in what the reader wrote has no avatar beside it. "" when no link, or more than one name,
     * is so.
     */
    static String avatarName(List<Element> parts, Predicate<Element> nested) {
        Set<String> hrefs = new HashSet<>();
        for (Element p : parts) {
            for (Element a : p.select(Selectors.IMAGE_LINK)) {
                if (!isNestedBelow(a, p, nested)) {
                    hrefs.add(a.attr("href"));
                }
            }
        }
        String found = "";
        for (Element p : parts) {
            for (Element a : p.select(Selectors.LINK)) {
                String text = a.text().strip();
                if (isNestedBelow(a, p, nested) || !hrefs.contains(a.attr("href")) || !spellsItsAddress(a, nested)) {
                    continue;
                }
                if (!found.isEmpty() && !found.equals(text)) {
                    return "";
                }
                found = text;
            }
        }
        return found;
    }

    /** A link whose address spells its name-like text ("/social/cliffhammond" for "cliffhammond"), no control's. */
    private static boolean spellsItsAddress(Element a, Predicate<Element> nested) {
        String name = slug(a.text());
        return name.length() >= 3 && slug(a.attr("href")).contains(name) && isNameLike(a, nested)
                && !isControl(a.text().strip());
    }

    /** The avatar beside the block links to the same profile: the link is the commenter's, not a mention. */
    private static boolean onAvatar(Element block, Element link) {
        Element scope = block.parent() != null && block.parent().parent() != null ? block.parent().parent() : block;
        for (Element a : scope.select(Selectors.IMAGE_LINK)) {
            if (a != link && a.attr("href").equals(link.attr("href"))) {
                return true;
            }
        }
        return false;
    }

    private static String slug(String s) {
        String decoded;
        try {
            decoded = java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            decoded = s;
        }
        return decoded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Element leadingQuote(Element body, Predicate<Element> nested) {
        return openingQuote(body, nested, true);
    }

    /**
     * The quote that opens the text of {@code root} read without {@code skip} (a {@code blockquote}, an element named
     * like a quote, and with {@code inline} a {@code q} too), when text follows it; else null. Judged on the text less
     * what {@code skip} leaves out, so where no element holds the text alone (a forum's {@code blockquote} with its
     * {@code cite} "Name: date", then the reply) the author line above does not hide that the quote comes first.
     */
    private static Element openingQuote(Element root, Predicate<Element> skip, boolean inline) {
        for (Element e : root.getAllElements()) {
            if (e == root || isNestedBelow(e, root, skip)) {
                continue;
            }
            boolean quote = (inline ? QUOTE_TAGS.contains(e.normalName()) : e.normalName().equals("blockquote"))
                    || Markup.any(e, QUOTE_CLASS);
            if (quote) {
                String q = HtmlText.of(e, skip);
                // leading means: the quote's text starts the text, and more of it follows
                if (!q.isEmpty() && HtmlText.of(root, skip).startsWith(q.substring(0, Math.min(q.length(), 20)))
                        && !HtmlText.of(root, x -> x == e || skip.test(x)).isBlank()) {
                    return e;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Paragraphs under a name that sounds like chrome ("submitted-comment", "comment-info"): what a class says is
     * not what the element holds when it holds the comment's paragraphs ({@code partChars}: the length of the text of
     * the part it stands in, read once per part).
     */
    private static boolean prose(Element e, Predicate<Element> nested, IntSupplier partChars) {
        if (e.normalName().equals("p") || HtmlText.of(e, nested).length() * 2 < partChars.getAsInt()) {
            return false;   // most of the comment's words: a name and place or "Was this helpful?" are not
        }
        for (Element p : e.getElementsByTag("p")) {
            if (!isNestedBelow(p, e, nested) && HtmlText.of(p, nested).length() >= 20) {
                return true;
            }
        }
        return false;
    }

    /**
     * The comment's number as a link to itself ("tRiSh <a href="…#c3027…">1</a> said...", as a counter script writes
     * it into the byline): no part of the name.
     */
    private static boolean commentNumber(Element e) {
        return e.normalName().equals("a") && e.attr("href").contains("#") && COMMENT_NUMBER.matcher(e.text()).matches();
    }

    private static final Pattern COMMENT_NUMBER = Pattern.compile("\\s*#?\\d{1,5}\\.?\\s*");

    /** The elements a name may stand in alone (a heading, bold, a link, a citation). */
    private static final Set<String> NAME_TAGS = Set.of("h2", "h3", "h4", "h5", "h6", "strong", "b", "a", "cite");
    /** A link's whole text that makes it a control under a comment's words: reply, report, flag, a number. */
    private static final Pattern CONTROL_LINK = Pattern.compile("(?i)reply|antworten|répondre|responder|report|flag|#|\\d+");
    /** The elements that hold a byline's parts (a heading's name, a cited author, a time), never a comment's words. */
    private static final Set<String> META_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "cite", "time", "abbr");

    private static boolean isBodyChrome(Element e) {
        if (e.normalName().equals("a") && CONTROL_LINK.matcher(e.text().strip()).matches()) {
            return true;
        }
        if (e.childrenSize() == 0 && !e.isBlock() && e.ownText().length() <= 40
                && EXPAND.matcher(HtmlText.oneLine(e.ownText())).matches() && !linksAway(e)) {
            return true;   // a control to show the rest of a long comment ("rozwiń komentarz" under a cut text)
        }
        return Markup.furniture(e, BODY_CHROME) && !holdsReviewWords(e);
    }

    /**
     * A box named like chrome ("rating-container") that holds the review's words, marked as such by schema.org
     * microdata (its description, reviewBody or text): the words are the comment's.
     */
    private static boolean holdsReviewWords(Element e) {
        return e.selectFirst(REVIEW_WORDS) != null;
    }

    private static final org.jsoup.select.Evaluator REVIEW_WORDS = org.jsoup.select.QueryParser.parse(
            "[itemprop=description], [itemprop=reviewBody], [itemprop=text]");

    /** Controls and hidden helpers inside a comment's text box, by class. */
    private static final Pattern BODY_CHROME = Pattern.compile("(?:^|[-_])(?:reply|sig|signature|edit|report|vote|votes|"
            + "voting|rating|like|likes|share|actions|tools|permalink|comment-reply-link|reply-link|hidden|"
            + "screen-reader-text|sr-only|visually-hidden)(?:[-_]|$)");

    /** A control's label to show the rest of a comment, in the languages the extractor reads and a few more. */
    private static final Pattern EXPAND = Pattern.compile(CueWords.EXPAND);

    /** A link to another page (a reader's own "read more" link in the text), not a toggle ("#", "javascript:"). */
    private static boolean linksAway(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a.normalName().equals("a")) {
                String href = a.attr("href").strip();
                return !href.isEmpty() && !href.startsWith("#") && !href.regionMatches(true, 0, "javascript:", 0, 11);
            }
            if (a.isBlock()) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern TITLE_TOKEN = Pattern.compile("(?:^|[-_])(?:title|subject|headline)(?:[-_]|$)");

    /**
     * The title of a comment (a heading, or an element named like a title), or "": SB Nation readers often write
     * only a title, and it is the comment's text then.
     */
    private static String titleOf(List<Element> parts, Predicate<Element> nested, Element author) {
        for (Element p : parts) {
            for (Element e : p.getAllElements()) {
                if (e == p || isNestedBelow(e, p, nested) || author != null && (isInside(e, author) || isInside(author, e))
                        || !e.normalName().matches("h[1-6]") && !Markup.any(e, TITLE_TOKEN)) {
                    continue;
                }
                String t = HtmlText.oneLine(HtmlText.of(e, nested));
                if (!t.isEmpty() && !onlyControls(t) && TimestampParser.find(t, java.time.ZoneOffset.UTC, null).isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }
}
