package io.commentpulse.extract;

import org.jsoup.nodes.Element;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads author, time, text and a leading quote out of one located comment, ignoring replies nested inside it.
 */
final class CommentFields {
    /** The fields of one comment before ids are assigned. */
    record Fields(String author, OffsetDateTime timestamp, String timestampRaw, String text, String quote) {
    }

    /** The rest of a date line that names who said it: "Maggie Dodson said:". */
    private static final Pattern NAME_THEN_SAID = Pattern.compile("(?i)[\\s,|\\-–—]*(\\S.*?)\\s+(?:" + CueWords.SAYS
            + ")\\s*(?::|\\.\\.\\.|…)?\\s*");
    /** The word a date line opens with ("On November 1", "Am 3. Mai", "Le 4 mai"): never a name by itself. */
    private static final Pattern DATE_LEAD = Pattern.compile("(?i)(?:on|am|um|le|el|at|posted(?: on)?|publié le|"
            + "publicado el|veröffentlicht am)");
    private static final Pattern AUTHOR_SUFFIX = Pattern.compile("(?i)\\s*" + CueWords.word(CueWords.SAYS + "|writes|meint|kommentierte|commented|added") + "\\s*(?:\\.\\.\\.|…|:|,|،)?\\s*$");
    private static final Pattern AUTHOR_PREFIX = Pattern.compile("(?i)^\\s*(?:#\\s*\\d+\\s*)?(?:comment\\s*#?\\d+\\s*[-–:]?\\s*)?"
            + "(?:posted\\s+by:?|geschrieben\\s+von|verfasst\\s+von|kommentar\\s+von|commentaire\\s+de|publié\\s+par|"
            + "postée?\\s+par|écrit\\s+par|enviado\\s+por|comentado\\s+por|"
            + "escrito\\s+por|publicado\\s+por|written\\s+by|by|von|par|por|" + CueWords.BY + ")\\s+");
    private static final Pattern BYLINE = Pattern.compile("(?i)(?:posted\\s+by:?|geschrieben\\s+von|kommentar\\s+von|"
            + "written\\s+by|publié\\s+par|publicado\\s+por|\\bby|\\bvon|\\bpar|(?<![\\p{L}])(?:" + CueWords.BY + "))"
            + "\\s+(.{1,60}?)\\s*(?:\\||\\bat\\b|\\bon\\b|\\bam\\b|\\bum\\b|\\ble\\b|\\bel\\b|\\sفي\\s|:|,|،|\\s[-–]\\s|$)");
    private static final Pattern SAID = Pattern.compile("(?im)^(.{1,60}?)\\s+(?:" + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:)?\\s*$");
    private static final Pattern TRAILING_CHROME = Pattern.compile("(?i)(?:\\n|^)\\s*(?:reply|antworten|répondre|repondre|responder|"
            + "rispondi|report(?:\\s+abuse)?|like|quote|löschen|delete|flag|share|permalink|link|edit|"
            + "antwortenlöschen|reply\\s*↓|\\d+\\s*(?:likes?|points?|votes?|replies)|[#↑↓▲▼|·•]+|\\d+|"
            + CueWords.REPLY + "|" + CueWords.CONTROLS + ")\\s*$");
    /** A comment number alone on the first line, or before "says:" ("1", "3. Says:"); "#12" is a reader pointing at comment 12. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(?i)^\\d{1,4}[.):]?(?:[ \\t]*\\n|[ \\t]+(?=(?:"
            + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:)))");
    private static final Pattern LEADING_CHROME = Pattern.compile("(?i)^(?:(?:" + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:)|\\[?(?:reply|antworten|répondre|responder|" + CueWords.REPLY + ")\\]?[ \\t]*\\n)\\s*");
    /** Words of page controls (buttons, share bars, comment-form links) in English, German, French and Spanish. */
    private static final Set<String> CONTROL_WORDS = Set.of("share", "email", "e-mail", "mail", "tweet", "print",
            "reply", "add", "new", "a", "comment", "comments", "post", "like", "report", "flag", "log", "login", "in",
            "sign", "subscribe", "follow", "permalink", "link", "edit", "delete", "quote", "more", "facebook", "twitter",
            "antworten", "teilen", "drucken", "kommentar", "kommentieren", "melden", "neuer", "répondre", "partager",
            "imprimer", "commenter", "commentaire", "signaler", "responder", "compartir", "imprimir", "comentar",
            "comentario", "denunciar", "رد", "الرد", "تعليق", "أضف", "إبلاغ", "ابلاغ", "تبليغ", "أعجبني", "اعجبني",
            "مشاركة", "شارك", "اقتباس", "حذف", "تعديل", "طباعة");
    /**
     * An article's toolbar ("Email this article", "Save this article", "AReduce font size"): its words are controls in
     * a text of six words or more (a reader may write "This." or "Share this article").
     */
    private static final Set<String> TOOLBAR_WORDS = Set.of("save", "this", "article", "story", "reduce", "increase",
            "font", "size");
    /** Where two words were glued by a page's markup: "AReduce font size" (a glyph "A" before its label). */
    private static final Pattern GLUED_CAPITALS = Pattern.compile("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    /** What follows a name but is not part of it: the commenter's web address, an unverified-guest note. */
    private static final Pattern AUTHOR_TAIL = Pattern.compile("(?i)\\s+(?:(?:https?://|www\\.)\\S+|\\((?:not verified|"
            + "nicht überprüft|nicht verifiziert|non vérifié|no verificado|زائر|غير مسجل)\\))$"
            // "Phil White responded to Davey", "Kyle replied to comment from Ann" (the words may be glued to the name)
            + "|(?i)\\s*(?:responded|replied|answered|antwortete|répondu|respondió)\\s+(?:to|an|à|a)\\s+.{1,60}$");
    /** A day of the week (the timestamp grammar's names, and French abbreviations) alone: never a commenter's name. */
    static final Pattern WEEKDAY = Pattern.compile("(?i)" + TimestampParser.WEEKDAY_NAMES + "|lun|mar|mer|jeu|ven|sam|dim");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
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
        String authorName = author == null ? "" : cleanAuthor(HtmlText.oneLine(HtmlText.of(author, nested)));

        // Text first: the body element when one exists, else the item less its chrome.
        Element quoteEl = body == null ? null : leadingQuote(body, nested);
        Predicate<Element> metaInBody = e -> body != null && e != body && isInside(e, body) && (Markup.any(e, Markup.CHROME)
                || e.normalName().matches("h[1-6]|cite|time|abbr"));
        String text;
        Element partQuote = null;
        if (body != null) {
            text = HtmlText.of(body, e -> nested.test(e) || e == quoteEl || isBodyChrome(e) || metaInBody.test(e));
        } else {
            StringBuilder sb = new StringBuilder();
            for (Element p : parts) {
                Predicate<Element> chrome = e -> nested.test(e) || e == author
                        || Markup.any(e, Markup.CHROME) && !prose(e, p, nested)
                        || e.normalName().matches("h[1-6]|cite|time|abbr") || isBodyChrome(e);
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

        // Everything that is not the body text: where the author line and the date live.
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
        String metaText = meta.toString();
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
        if (!authorName.isEmpty() && rawOneLine != null && authorName.replaceAll("\\s+", " ").contains(rawOneLine)) {
            String name = authorName.replaceAll("\\s+", " ");
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

    /** A short name-like link, heading or bold text outside the body, when no element is marked as the author. */
    private static String authorFromStructure(List<Element> parts, Predicate<Element> nested, Element body) {
        boolean dtHeader = !parts.isEmpty() && parts.get(0).normalName().equals("dt");
        for (Element p : parts) {
            // below a dt header, a name in the dd stands alone on its line; a link in the text is the reader's
            boolean inBody = dtHeader && p != parts.get(0);
            for (Element e : p.getAllElements()) {
                if (e == p || isInside(e, body) || isNestedBelow(e, p, nested)
                        || !e.normalName().matches("h[2-6]|strong|b|a|cite") || inBody && !aloneInBlock(e)
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
                if (ip.contains("author") || ip.contains("creator")) {
                    Element name = e.selectFirst("[itemprop=name]");
                    Element chosen = name != null ? name : e;
                    if (isNameLike(chosen, nested)) {
                        return chosen;
                    }
                }
            }
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

    private static boolean isNameLike(Element e, Predicate<Element> nested) {
        String shown = HtmlText.oneLine(HtmlText.of(e, nested));
        String t = cleanAuthor(shown);
        return !t.isEmpty() && t.length() <= 80 && !t.contains("\n") && !PROFILE_BUTTON.matcher(t).matches()
                && noDate(shown, t);
    }

    private static final Pattern CONTROL_LABEL = Pattern.compile("(?i)reply|permalink|#|#?\\d+\\.?|report(?:\\s.*)?|quote|"
            + "link|edit|profile|view profile|contact");
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
    private static boolean noDate(String shown, String name) {
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
            for (Element e : p.select("[itemprop=text], [itemprop=commentText], [property=schema:text], [property=content:encoded]")) {
                if (e != p && !isNestedBelow(e, p, nested)) {
                    return e;
                }
            }
        }
        Element best = null;
        Element own = null;
        Element emptyBody = null;
        int bestLen = 0;
        int ownLen = 0;
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
            }
        }
        // a text that other comments carry word for word ("This user has chosen to opt out of the Badges program")
        // is the site's, not the commenter's; an empty element named as the body ("div.cbody"): no text but a title
        return own != null ? own : best != null ? best : emptyBody;
    }

    /** A date and little else ("May 3, 2012 at 6:00 AM"): never what a reader wrote. */
    private static boolean onlyADate(String t) {
        Optional<TimestampParser.Match> d = TimestampParser.find(t, java.time.ZoneOffset.UTC, null);
        return d.isPresent() && t.replaceAll("\\s+", "").length() - d.get().raw().replaceAll("\\s+", "").length() < 3;
    }

    private static boolean bodyCandidate(Element e, Element part, List<Element> parts, Predicate<Element> nested, Element author) {
        return !(e == part && parts.size() == 1) && !isNestedBelow(e, part, nested) && Markup.any(e, Markup.TEXT)
                && (author == null || !isInside(author, e)) && !Markup.any(e, NOT_BODY);
    }

    /**
     * The texts of the elements that could hold each item's text, and how many items hold each: a text in two or
     * more items is the site's words, not a commenter's (read once per page, before {@link #read}).
     */
    static Set<String> repeatedTexts(List<CommentLocator.Item> items, java.util.function.Function<CommentLocator.Item, Predicate<Element>> nestedOf) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (CommentLocator.Item item : items) {
            Predicate<Element> nested = nestedOf.apply(item);
            Set<String> texts = new java.util.HashSet<>();
            for (Element p : item.parts()) {
                for (Element e : p.getAllElements()) {
                    if (bodyCandidate(e, p, item.parts(), nested, null)) {
                        String t = HtmlText.of(e, nested);
                        if (!t.isEmpty()) {
                            texts.add(t);
                        }
                    }
                }
            }
            for (String t : texts) {
                seen.merge(t, 1, Integer::sum);
            }
        }
        Set<String> out = new java.util.HashSet<>();
        seen.forEach((t, n) -> {
            if (n >= 2) {
                out.add(t);
            }
        });
        return out;
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
        for (Element a : block.select("a[href]")) {
            String name = slug(a.text());
            String text = a.text().strip();
            if (name.length() >= 3 && slug(a.attr("href")).contains(name) && isNameLike(a, nested) && !isControl(text)
                    && text.length() < shown.length() && (!text.startsWith("@") || onAvatar(block, a))) {
                // (a handle "@devpatel_nyc" beside the name "Dev Patel" is a mention, unless the avatar links there)
                return a;
            }
        }
        return block;
    }

    /** The avatar beside the block links to the same profile: the link is the commenter's, not a mention. */
    private static boolean onAvatar(Element block, Element link) {
        Element scope = block.parent() != null && block.parent().parent() != null ? block.parent().parent() : block;
        for (Element a : scope.select("a[href]:has(img)")) {
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
     * not what the element holds when it holds the comment's paragraphs.
     */
    private static boolean prose(Element e, Element part, Predicate<Element> nested) {
        if (e.normalName().equals("p") || HtmlText.of(e, nested).length() * 2 < HtmlText.of(part, nested).length()) {
            return false;   // most of the comment's words: a name and place or "Was this helpful?" are not
        }
        for (Element p : e.getElementsByTag("p")) {
            if (!isNestedBelow(p, e, nested) && HtmlText.of(p, nested).length() >= 20) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBodyChrome(Element e) {
        if (e.normalName().equals("a") && e.text().strip().matches("(?i)reply|antworten|répondre|responder|report|flag|#|\\d+")) {
            return true;
        }
        return Markup.any(e, Pattern.compile("(?:^|[-_])(?:reply|sig|signature|edit|report|vote|votes|voting|rating|"
                + "like|likes|share|actions|tools|permalink|comment-reply-link|reply-link|hidden|screen-reader-text|"
                + "sr-only|visually-hidden)(?:[-_]|$)"));
    }

    private static final Pattern AUTHOR_SEPARATORS = Pattern.compile("^[\\s|:\\-–—#,.·•/]+|[\\s|:\\-–—,·•/(\\[]+$");
    private static final Pattern AUTHOR_NUMBER = Pattern.compile("^#?\\d+[.):]\\s+|^#?\\d{1,4}\\s+(?=\\p{L})");
    private static final Pattern AUTHOR_DATE_WORD = Pattern.compile("(?i)\\s+(?:on|at|am|um|le|el|於|about|etwa|environ|hace)$");

    /** The commenter's web address shown before their name ("http://twitter.com/jyarmis Jonathan L. Yarmis"). */
    private static final Pattern AUTHOR_LEADING_URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+\\s+(?=\\p{L})");
    /**
     * Stars and check marks after a name: the glyphs sites mark staff, moderators and verified readers with. Narrower
     * than {@code UndatedRecords}' symbol strip of a text line: a name element's other symbols (a heart) are the
     * reader's own.
     */
    private static final Pattern STAFF_BADGE = Pattern.compile("(?:\\s+[☆★✓✔✅⭐✪✯\\uFE0F]+)+$");

    static String cleanAuthor(String raw) {
        String s = HtmlText.oneLine(raw);
        for (int i = 0; i < 3; i++) {
            String before = s;
            s = AUTHOR_SUFFIX.matcher(s).replaceFirst("");
            s = AUTHOR_PREFIX.matcher(s).replaceFirst("");
            // separators between the name and the date or a badge ("PJ / November 13", "Ann · 2 h") are not the name
            s = AUTHOR_SEPARATORS.matcher(s).replaceAll("");
            // a badge glyph after the name ("Brandon ☆", "Ann ✔"): the site's mark, not part of the name (a heart a
            // reader puts in their own name stays)
            String unbadged = STAFF_BADGE.matcher(s).replaceFirst("");
            if (unbadged.codePoints().anyMatch(Character::isLetter)) {
                s = unbadged;
            }
            s = AUTHOR_NUMBER.matcher(s).replaceAll("");
            s = AUTHOR_DATE_WORD.matcher(s).replaceAll("");
            s = AUTHOR_TAIL.matcher(s).replaceFirst("");
            s = AUTHOR_LEADING_URL.matcher(s).replaceFirst("");
            if (s.equals(before)) {
                break;
            }
        }
        int bar = s.indexOf(" | ");
        // "Megan | EatsDaily" is a name and its blog; "Ann | 3 hours ago" or "Ann | Reply" is a name and chrome
        if (bar > 0 && (DIGIT.matcher(s).find(bar) || onlyControls(s.substring(bar + 3))
                || s.substring(bar + 3).split("\\s+").length > 6)) {
            s = s.substring(0, bar).strip();
        }
        return s;
    }

    private static String authorFromText(String metaText) {
        Matcher said = SAID.matcher(metaText);
        if (said.find()) {
            // "Jamie Sims on Sep 22, 5:00 AM said:": the name ends where its date starts
            String line = said.group(1);
            Optional<TimestampParser.Match> date = TimestampParser.find(line, java.time.ZoneOffset.UTC, null);
            // ("On November 1, 2012 at 10:12 am Maggie Dodson said:" leads with the date: its name follows it, later)
            boolean nameFirst = date.isPresent() && date.get().start() > 0
                    && !DATE_LEAD.matcher(line.substring(0, date.get().start()).strip()).matches();
            return cleanAuthor(nameFirst ? line.substring(0, date.get().start()) : line);
        }
        // "Posted by: Ann, 04 Oct 2011" before any bare "by": "By the same token, why…" opens a sentence of the text
        // (a "written by Frank Herbert in 1965" inside a sentence is no byline either: a byline's line is short or dated;
        // when no line is, the first "By" that opens a line)
        Matcher by = BYLINE.matcher(metaText);
        String bare = "";
        String first = "";
        while (by.find()) {
            boolean line = bylineLine(metaText, by);
            if (line && STRONG_BY.matcher(by.group()).lookingAt()) {
                return cleanAuthor(by.group(1));
            }
            if (bare.isEmpty() && line) {
                bare = cleanAuthor(by.group(1));
            }
            if (first.isEmpty() && opensLine(metaText, by)) {
                first = cleanAuthor(by.group(1));   // "By Margaret Thompson-Reyes | Hermiston, Oregon"
            }
        }
        return bare.isEmpty() ? first : bare;
    }

    private static final Pattern STRONG_BY = Pattern.compile("(?i)posted\\s+by|geschrieben\\s+von|kommentar\\s+von|"
            + "written\\s+by|publié\\s+par|publicado\\s+por");

    private static boolean opensLine(String text, Matcher by) {
        return text.substring(text.lastIndexOf('\n', by.start()) + 1, by.start()).isBlank();
    }

    /** A bare "by Ann": a byline when its line is short or holds a date, not a sentence that starts with "By". */
    private static boolean bylineLine(String text, Matcher by) {
        int start = text.lastIndexOf('\n', by.start()) + 1;
        int end = text.indexOf('\n', by.end());
        String line = text.substring(start, end < 0 ? text.length() : end);
        return line.length() <= 40 || TimestampParser.find(line, java.time.ZoneOffset.UTC, null).isPresent();
    }

    private static final Pattern DATE_THEN_NAME = Pattern.compile("(?i)\\s*(?:[|/\\-–—·•]+\\s*(?:by|von|par|por)?|by|von|par|por)\\s+(\\S.*)");

    /** True when {@code afterDate}, the rest of a line after its date, is a dash or "by" and a name ("— Geoff103"). */
    static boolean nameAfterDate(String afterDate) {
        Matcher m = DATE_THEN_NAME.matcher(afterDate);
        if (!m.matches()) {
            return false;
        }
        String name = cleanAuthor(m.group(1));
        return name.codePoints().anyMatch(Character::isLetter) && !onlyControls(name);
    }

    /** "Lora Lee On Thursday, November 1": the name that opens the line the date is on. */
    private static String nameBeforeDate(String metaText, String raw) {
        for (String line : metaText.split("\n")) {
            int at = line.indexOf(raw);
            if (at == 0) {
                // "Fr, 9. November 2012 - 15:30 — Pentangelis": the date (its weekday read with it) opens the line,
                // a dash or "by" leads to the name after it
                Matcher after = DATE_THEN_NAME.matcher(line.substring(raw.length()));
                String name = after.matches() ? cleanAuthor(after.group(1)) : "";
                if (!name.isEmpty() && name.length() <= 60 && name.split("\\s+").length <= 6 && !onlyControls(name)
                        && noDate(line, name)) {
                    return name;
                }
                continue;
            }
            if (at > 0) {
                if (DATE_LEAD.matcher(line.substring(0, at).strip()).matches()) {
                    // "On November 1, 2012 at 10:12 am Maggie Dodson said:": the lead is the date's, the name after it
                    Matcher said = NAME_THEN_SAID.matcher(line.substring(at + raw.length()));
                    String name = said.matches() ? cleanAuthor(said.group(1)) : "";
                    return !name.isEmpty() && name.length() <= 60 && name.split("\\s+").length <= 6 ? name : "";
                }
                String name = line.substring(0, at).replaceAll("(?i)[\\s|,\\-–:]*(?:(?<![\\p{L}\\p{N}])(?:on|am|le|el|at|um))?[\\s|,\\-–:]*$", "");
                name = cleanAuthor(name);
                String lead = line.substring(0, at).strip();
                if ((lead.endsWith(",") || lead.endsWith(".")) && WEEKDAY.matcher(lead.substring(0, lead.length() - 1)).matches()) {
                    // "Fri, 2012-11-09 15:30 — Pentangelis": the weekday is the date's; the name follows it
                    name = cleanAuthor(line.substring(at + raw.length()).replaceFirst("(?i)^[\\s|,\\-–—:]*(?:by|von|par|por)?\\s*", ""));
                }
                if (!name.isEmpty() && name.length() <= 60 && name.split("\\s+").length <= 6
                        && !name.matches("(?i).*\\b(?:log ?in|reply|report|permalink|posted|quote)\\b.*")) {
                    return name;
                }
                return "";
            }
        }
        return "";
    }

    private static final Pattern URL_LIKE = Pattern.compile("(?i)https?://|www\\.");
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

    /** "infamousdx said," on a line of its own above the text: the byline, not the text. */
    private static String dropBylineLine(String text, String author) {
        String[] lines = text.strip().split("\n", 2);
        if (lines.length == 2 && !lines[1].isBlank() && lines[0].length() <= author.length() + 20
                && cleanAuthor(lines[0]).equalsIgnoreCase(author)) {
            return lines[1];
        }
        return text;
    }

    private static String stripLeadingAuthor(String text, String author) {
        String[] lines = text.split("\n", 2);
        if (lines.length == 2 && lines[0].contains(author) && lines[0].length() < author.length() + 40) {
            return lines[1];
        }
        return text;
    }

    private static String removeFirstLineContaining(String text, String raw) {
        List<String> out = new ArrayList<>();
        boolean removed = false;
        for (String line : text.split("\n")) {
            if (!removed && line.contains(raw) && line.length() < raw.length() + 60) {
                removed = true;
                continue;
            }
            out.add(line);
        }
        return String.join("\n", out);
    }

    private static final Pattern SUBJECT_LINE = Pattern.compile("^(?:RE|Re|AW|Aw|SV|Sv|TR|RV|Rif):\\s*[^\n]{1,120}$");

    /**
     * True when a text is a reply's subject line and nothing else, naming a comment of the page by its opening words
     * ("RE: Deep disappointment" where a comment opens "Deep disappointment I cannot tell you…"): the title bar of a
     * collapsed reply, whose text is elsewhere or not on the page at all. A reader's one-line "Re: what a collapse"
     * names no comment and stays.
     */
    static boolean titleBar(String text, java.util.Collection<String> texts) {
        String t = text.strip();
        if (!SUBJECT_LINE.matcher(t).matches()) {
            return false;
        }
        String subject = openingWords(t.substring(t.indexOf(':') + 1));
        if (subject.length() < 2) {
            return false;
        }
        for (String other : texts) {
            if (!SUBJECT_LINE.matcher(other.strip()).matches() && openingWords(other).startsWith(subject)) {
                return true;
            }
        }
        return false;
    }

    private static String openingWords(String s) {
        String t = s.strip();
        return HtmlText.oneLine(t.substring(0, Math.min(t.length(), 200))).toLowerCase(Locale.ROOT);
    }

    private static final Pattern SIGN_IN_PROMPT = Pattern.compile("(?is)^.{0,80}\\bto (?:leave|post|add|write|make) a comment\\b.{0,40}"
            + "\\b(?:sign in|sign into|log in|log into|login|register)\\b.{0,80}\\b(?:click|button|below)\\b.{0,40}$");

    /**
     * A short prompt to sign in before commenting, pointing at its button ("To leave a comment, you'll need to sign
     * into MLB.com: Click the button below to continue"); a reader's complaint about signing in points at none.
     */
    static boolean signInPrompt(String text) {
        return SIGN_IN_PROMPT.matcher(text.strip()).matches();
    }

    /** True when every word of a text is a page control ("Add New Comment", "Share / Email"): no reader wrote it. */
    static boolean onlyControls(String text) {
        if (text.indexOf('?') >= 0 || text.indexOf('!') >= 0) {
            return false;   // a question is said, not clicked ("Link?")
        }
        String[] words = GLUED_CAPITALS.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^\\p{L}-]+");
        int n = 0;
        boolean toolbar = false;
        for (String w : words) {
            if (!w.isEmpty()) {
                if (!CONTROL_WORDS.contains(w) && !TOOLBAR_WORDS.contains(w)) {
                    return false;
                }
                toolbar |= !CONTROL_WORDS.contains(w);
                n++;
            }
        }
        return n > 0 && (!toolbar || n >= 6);
    }

    static String cleanText(String text) {
        String s = LEADING_NUMBER.matcher(text.strip()).replaceFirst("").strip();
        s = LEADING_CHROME.matcher(s).replaceFirst("");
        for (int i = 0; i < 6; i++) {
            String t = TRAILING_CHROME.matcher(s).replaceFirst("").strip();
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        return s;
    }

    /**
     * Three records or more, none of which says anything: three capitalised words or numbers at most in each (a
     * schedule's or a scoreboard's rows, "Toronto 6/12/13 7:00 PM" over "Winnipeg"; the last row's first line). Readers'
     * threads hold sentences.
     */
    static boolean tableRows(List<String> texts) {
        if (texts.size() < 3) {
            return false;
        }
        for (int i = 0; i < texts.size(); i++) {
            // (the last row's text may run on to the page's end where nothing closes it: its first line counts)
            boolean last = i == texts.size() - 1;
            String t = (last ? texts.get(i).strip().split("\n", 2)[0] : texts.get(i)).strip();
            if (!TABLE_CELLS.matcher(t).matches() || t.split("\\s+").length > (last ? 8 : 3)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A table's cells: words that each open with a capital or a digit, no sentence's mark ("Winnipeg", "Calgary Phoenix
     * 79 FINAL"); a reader's "Great WOD!", "HOLY!", "+1" or "Toll!" is no cell.
     */
    private static final java.util.regex.Pattern TABLE_CELLS = java.util.regex.Pattern.compile(
            "[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.-]*)*");

    /**
     * The text without its writer's name and likes opening it, as a detected record's header block may leave them
     * (Livefyre: "dola25x 1 Like This Christian Taliban movement …"); the text itself is left whole.
     */
    static String withoutOwnCounts(String text, String author) {
        if (author == null || author.isBlank()) {
            return text;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^" + java.util.regex.Pattern.quote(author)
                + "\\s+\\d[\\d,.]*\\s*(?:likes?|points?|pts|votes?)\\b\\s*", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()) : text;
    }
}
