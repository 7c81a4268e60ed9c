package io.commentpulse.extract;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an element's class and id tokens say it is: a comment, a comment part, or page furniture. */
final class Markup {
    /** A whole comment. */
    static final Pattern ITEM = Pattern.compile("^(?:(?:li|div|dsq|wc|kb|blog|single|js|c|user|article|post|comment)[-_]?)?"
            + "(?:comment|kommentar|commentaire|comentario|blogcomment|citem)(?:[-_]?(?:\\d+|item|wrap|wrapper|container|"
            + "entry|block|single|box|holder|inner|outer|main|row|unit|published|node|thread|answer))?$");
    /** An owner's reply kept inside the visitor's comment block (PIXNET). */
    static final Pattern OWNER_REPLY = Pattern.compile("^(?:reply-text|owner-reply|author-reply|blog-owner-reply)$");
    /** The body of a comment, used as the item itself only where no whole-comment element encloses it. */
    static final Pattern BODY = Pattern.compile("^(?:comments?[-_]?(?:body|content|text|message|entry)|commentbody|"
            + "commenttext|comment_text|cbody|c_text|dsq-comment-message|comment-copy|format_text|reply-content|"
            + "comment-content-inner)$");
    /** Text holders inside a comment, preferred over the whole item when picking its text. */
    static final Pattern TEXT = Pattern.compile("(?:^|[-_])(?:content|body|text|message|cbody|c_text|format_text|"
            + "commentbody|commenttext|copy|entry)(?:[-_]|$)|^(?:comment[-_]?(?:body|content|text|message|entry))$");
    static final Pattern AUTHOR = Pattern.compile("(?:^|[-_])(?:fn|author|auteur|autor|username|user|nick|nickname|"
            + "commenter|poster|display-name|displayname|name|c_author|by|benutzer)(?:[-_]|$)|^[a-z]*author$|^(?:fn|commentauthor|"
            + "comment_author|comment-author|vcard|user-name|username|commentor)$");
    static final Pattern DATE = Pattern.compile("(?:^|[-_])(?:date|time|timestamp|datetime|posted|meta|metadata|"
            + "byline|submitted|info|footer|header|details|when|ago|permalink|dateline|created)(?:[-_]|$)"
            + "|^[a-z]*(?:date|time|timestamp)$");
    /** Furniture inside a comment that is never part of its text. */
    static final Pattern CHROME = Pattern.compile("(?:^|[-_])(?:meta|metadata|author|date|time|timestamp|datetime|avatar|"
            + "vcard|reply|replies|action|actions|vote|votes|voting|rating|like|likes|report|edit|permalink|number|num|"
            + "count|sig|signature|badge|flag|share|tools|footer|header|byline|posted|info|title|controls|toolbar|"
            + "menu|links|score|points|bubble|floor|user|username|fn|cite|karma|moderation|options|utility|helpful|"
            + "photo|pic|image|icon|submitted|details|when|thumb|thumbs|label|role|userinfo|profile)(?:[-_]|$)"
            + "|^[a-z]*(?:date|time|timestamp|author|byline|meta)$");
    /** Regions whose contents are never reader comments. */
    static final Pattern EXCLUDED_REGION = Pattern.compile("(?:^|[-_])(?:recent[-_]?comments?|recentcomments?|"
            + "recentcomment|widget[-_]recent[-_]comments|widget[-_]comments|pingback|pingbacks|trackback|trackbacks|respond|comment[-_]?form|commentform|"
            + "reply[-_]?form|replyform|faq|faqs|related|popular|most[-_]?commented|mostcommented|latest[-_]?comments|"
            + "top[-_]?comments|comment[-_]?policy|disqus[-_]?post[-_]?message)(?:[-_]|$)"
            + "|^(?:secondary|sidebar\\d*|side-bar|footer|site-footer|colophon|menu|navigation|nav)$");
    /** Regions that announce comments (used as supporting evidence). */
    static final Pattern REGION = Pattern.compile("comment|kommentar|commentaire|comentario|discussion|disqus|dsq|"
            + "responses|replies|reactions|feedback|leserbrief|talkback");

    private Markup() {
    }

    /**
     * Each element's tokens, and whether one of them matches a pattern, worked out once: every rule asks an element and
     * its ancestors again. Forgotten when a new page is read ({@link #newPage}); the extractor does not change a page's
     * class names once it has parsed it (an element's hash is its identity).
     */
    private static final Answers<Element, List<String>> TOKENS = new Answers<>(Markup::readTokens, 200_000);

    /** An element asked whether a token of it matches a pattern. */
    private record Asked(Element element, Pattern pattern) {
    }

    private static final Answers<Asked, Boolean> ANY = new Answers<>(q -> anyToken(q.element(), q.pattern()), 200_000);

    /** Forgets the tokens and answers of the page read before. */
    static void newPage() {
        TOKENS.forget();
        ANY.forget();
    }

    static List<String> tokens(Element e) {
        return TOKENS.of(e);
    }

    private static List<String> readTokens(Element e) {
        List<String> out = new ArrayList<>(4);
        for (String c : e.classNames()) {
            if (!c.isEmpty()) {
                out.add(c.toLowerCase(Locale.ROOT));
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            out.add(id.toLowerCase(Locale.ROOT));
        }
        return List.copyOf(out);
    }

    static boolean any(Element e, Pattern p) {
        return ANY.of(new Asked(e, p));
    }

    private static boolean anyToken(Element e, Pattern p) {
        for (String t : tokens(e)) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a class or id of {@code e}, less its BEM modifier ("field--label-hidden" → "field"), names furniture
     * {@code p} describes: a modifier says how the element shows (its label hidden, as Drupal marks every field), not
     * what it is.
     */
    static boolean furniture(Element e, Pattern p) {
        for (String t : tokens(e)) {
            int m = t.indexOf("--");
            if (p.matcher(m > 0 ? t.substring(0, m) : t).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean anyWhole(Element e, Pattern p) {
        for (String t : tokens(e)) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean isSchemaComment(Element e) {
        String type = e.attr("itemtype") + " " + e.attr("typeof");
        return type.contains("schema.org/Comment") || type.contains("schema:Comment")
                || type.contains("UserComments") || type.contains("sioc:Post") && Markup.any(e, REGION);
    }
}
