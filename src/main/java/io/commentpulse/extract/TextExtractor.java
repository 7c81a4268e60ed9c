package io.commentpulse.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts comments from plain text copied from a page (the seed format, w3m dumps). Three layouts are recognised:
 * a header line "Name  date" followed by the text; "Name said..." followed by the text and a date line; and the
 * text followed by a "Posted by: Name at date" footer.
 */
public final class TextExtractor implements PageExtractor {
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}(\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-_@&,():/ ]{0,58}$");
    private static final Pattern NOT_AN_AUTHOR = Pattern.compile("(?i)^(?:published|updated|posted|date|by|on|am|le|"
            + "written by|"   // a Joomla article byline (German sites sign comments "geschrieben von")
            + "veröffentlicht|aktualisiert|mis à jour|actualisé|publié|actualizado|publicado|"
            + "copyright|©|last|modified|created|from|photo|image|edited|since|read more|"
            + "more|most popular|most read|popular|recent|related|archives?|weiterlesen|mehr|lire la suite|leer más|"
            + "newer|older|next|previous|answered|asked|beantwortet|gefragt)\\b.*"
            // "about 9 hours ago": the word before a relative time belongs to the time, it names nobody
            + "|^(?:about|around|almost|nearly|approximately|approx\\.?|over|etwa|ungefähr|circa|ca\\.|environ|presque|"
            + "casi|alrededor de|unos|unas)$"
            // nor do a relative time's other words, cut from it by a comma ("3 hours, 45 minutes ago", "Yesterday,
            // 10:43 PM") or by the copy's line end ("about 22 hours" / "44 minutes ago")
            + "|^(?:(?:about|around|over|almost|nearly)\\s+)?(?:\\d+|an?|one)\\s*(?:sec|second|min|minute|hr|hour|day|week|"
            + "month|year)s?,?$|^(?:yesterday|today|gestern|heute|aujourd'hui|aujourd’hui|ayer|hoy),$"
            // a pager's controls ("back next", "zurück weiter") and a software version ("v1.9.1") name nobody either
            + "|^(?:(?:back|next|prev|previous|forward|zurück|weiter|vor|suivant|précédent|retour|siguiente|anterior|"
            + "atrás)(?:\\s+|$)){2,3}$|^v?\\d+(?:\\.\\d+){1,3}$"
            + "|^(?:" + CueWords.BY + "|" + CueWords.READ_MORE + ")(?![\\p{L}]).*"
            // a button without a label as lynx prints it, with its vote count ("Submit 0"): a control
            + "|^(?:submit|absenden|envoyer|enviar)(?:\\s+[-+]?\\d+)?$"
            // a field's label before its date ("Launch Date: September 7, 1998", "Erscheinungsdatum", "Fecha")
            + "|^(?:\\p{L}+\\s+){0,2}(?:date|\\p{L}*datum|fecha)$");
    /** "says:" (in any of the five languages) ending a byline after its date: not part of the name. */
    // a word of its own: "Andrea dit :" is Andrea, not "Andre" who "a dit"
    private static final Pattern SAYS_TAIL = Pattern.compile("(?i)\\s*" + CueWords.word(CueWords.SAYS) + "\\s*(?::|\\.\\.\\.|…)?\\s*$");
    static final Pattern SAID = Pattern.compile("(?i)^(.{1,60}?)\\s+(?:" + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:|,)?$");
    /** "by sun-arc on Aug 8, 2012 12:39 PM MST via mobile up reply actions": a byline under the text (SB Nation). */
    private static final Pattern BY_ON = Pattern.compile("(?i)^(?:by|von|par|por|" + CueWords.BY
            + ")\\s+(.{1,60}?)\\s+(?:on|am|le|el|at|في|\\||-|–|—)\\s+(.*)$");
    private static final Pattern POSTED_BY = Pattern.compile("(?i)(?:comment\\s*#\\s*\\d+\\s*[-–]\\s*)?posted\\s+by:?\\s+(.{1,60}?)\\s*(?:\\||\\bat\\b|\\bon\\b|:)\\s*(.*)$");
    static final Pattern STOP = Pattern.compile("(?i)^(?:leave a (?:comment|reply)"
            + "|leave your (?:comment|reply)s?(?:\\s+below)?[\\s.…:!]*$|post a comment|add (?:a|your) comment|"
            + "add your opinion|post your (?:comment|opinion)|"
            // the comment system's notice under the thread ("Comments are filtered for language and registration is
            // required.", "Comments are moderated")
            + "comments are (?:filtered|moderated|reviewed|screened|subject to)\\b|"
            + "write a comment|comment on this (?:post|article|story|entry)|kommentar schreiben|schreibe einen kommentar|"
            + "your email address|you may also like|related (?:posts|articles|stories)|laisser un commentaire|"
            + "deja un comentario|escribe un comentario|escribir un comentario|añadir un comentario|agregar un comentario|"
            + "écrire un commentaire|ajouter un commentaire|(?:blog )?comments powered by|©|" + CueWords.STOP + ").*"
            + "|^(?i:also on)(?:\\s+(?-i:\\p{Lu})[^\\s.!?]*){1,4}$");   // Disqus' "Also on Hardwood Hub": other posts' list
    /** A sidebar's heading under the last comment: its items are other pages' ("Recent Comments", "Popular Posts"). */
    static final Pattern SIDEBAR = Pattern.compile("(?i)^(?:recent comments|popular posts|latest news|"
            // the site's most read stories, and its top ones ("Most Popular Videos", "Top world Stories")
            + "most (?:popular|read|viewed|shared|emailed|commented)(?: [\\p{L}&]+){0,2}|"
            + "top(?: [\\p{L}]+){0,2} (?:stories|news|videos|headlines)|meistgelesen|meistkommentiert|les plus lus|"
            + "lo más leído|"
            // a list of other stories under the thread, as its heading alone on a line
            // ("Related stories", "Related articles" and "Related posts" end it already, as STOP)
            + "related (?:news|links)|more (?:stories|articles|news)|other (?:stories|news)|more from [\\p{L} ]{1,40}|"
            + "otras noticias|"
            // a feed or the site's picks beside the thread ("Latest Tweets", "Latest from our Partners", "EDITORS' PICKS")
            + "(?:latest |recent )?tweets|latest from [\\p{L} ]{1,40}|editor'?s'? picks|sponsored (?:headlines|links|stories)|"
            + "read next|what to read next|recommended for you|weitere artikel|mehr zum thema|"
            + "das könnte sie auch interessieren|(?:à )?lire aussi|sur le même sujet|noticias relacionadas|"
            + "artículos relacionados|te puede interesar|"
            + "neueste kommentare|commentaires récents|comentarios recientes)\\s*:?$");
    /**
     * A thread's pager, alone on a line under (or over) its comments, in forms no reader writes as a whole line: an
     * arrow with its word ("• Next »", "« Older comments", "Weiter »"), page numbers with separators or an arrow
     * ("• 1 • 2", "1 2 3 Next »"), a phrase that names the comments ("See all 12 Comments", "Load more comments",
     * "Weitere Kommentare laden", "Commentaires précédents", "Cargar más comentarios"). A control, never a reader's
     * text: the last comment above it does not run on into it. A bare "Next", "Weiter", "Show more" or "1 2" may be a
     * reader's answer, and is left as text.
     */
    static final String PAGER = "[«‹<←]\\s*(?:previous|prev|next|older|newer|zurück|précédent|anterior)(?:\\s+(?:comments|page|entries))?(?:\\s*[»›>→])?"
            + "|(?:previous|prev|next|older|newer|weiter|suivant|siguiente)(?:\\s+(?:comments|page|entries))?\\s*[»›>→]"
            + "|(?:previous|older|newer|next)\\s+comments"
            + "|\\d{1,3}(?:\\s*[•|]\\s*\\d{1,3}){1,12}"
            + "|(?:[«‹<]\\s*(?:\\p{L}+\\s+)?)?(?:\\d{1,3}\\s+){1,12}\\d{1,3}\\s*(?:[»›>→]|(?:next|weiter|suivant|siguiente)\\s*[»›>→]?)"
            + "|(?:see|view|show|read)\\s+all\\s+(?:\\d+\\s+)?comments|(?:load|show|view|see)\\s+more\\s+comments"
            + "|(?:ältere|neuere|weitere)\\s+kommentare(?:\\s+(?:laden|anzeigen))?"
            + "|alle\\s+(?:\\d+\\s+)?kommentare\\s+(?:anzeigen|ansehen|lesen)"
            + "|commentaires\\s+(?:précédents|suivants|plus\\s+anciens|plus\\s+récents)"
            + "|(?:voir|afficher|lire)\\s+(?:les|tous\\s+les)\\s+(?:\\d+\\s+)?commentaires|(?:charger|voir|afficher)\\s+plus\\s+de\\s+commentaires"
            + "|comentarios\\s+(?:anteriores|siguientes|más\\s+antiguos|más\\s+recientes)"
            + "|ver\\s+(?:los|todos\\s+los)\\s+(?:\\d+\\s+)?comentarios|(?:cargar|ver|mostrar)\\s+más\\s+comentarios";
    static final Pattern TRAILER = Pattern.compile("(?i)^(?:[•*·◦□]\\s*)?(?:reply|antworten|répondre|responder|report|like|parent|permalink|"
            + "login to reply|log in to reply|reply to (?:this )?(?:comment|post)|link to (?:this )?comment|link|antwortenlöschen|löschen|report(?:\\s+as)?\\s+abuse|report this(?:\\s+comment)?|"
            + "flag as inappropriate|(?:missbrauch|beitrag|kommentar) melden|melden|signaler(?: un abus)?|denunciar(?: abuso)?|"
            + "reportar(?: abuso)?|"
            // a button without a label as lynx prints it, with its vote count beside it ("Submit 0")
            + "submit(?:\\s+[-+]?\\d+)?|"
            + "\\[[^\\]]*\\]|\\d+\\s*(?:likes?|replies|votes?|points?)|" + CueWords.REPLY + "|" + CueWords.CONTROLS + "|"
            + PAGER + ")$");
    static final Pattern COMMENTS_HEADING = Pattern.compile("(?i)\\b(?:comments?|kommentare?|commentaires?|"
            + "comentarios?|responses|replies|reactions)\\b|" + CueWords.word(CueWords.COMMENTS + "|" + CueWords.READER_OPINIONS));

    static final Pattern COMMENTS_TITLE = Pattern.compile("(?i)^[\\[(#\\s]*(?:\\d+\\s+)?(?:(?:reader|visitor|user|member)s?['’]?\\s+)?"
            + "(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies|reactions|leserkommentare|have your say|what readers (?:are )?say(?:ing)?|留言列表|留言|評論|评论|回應|コメント|"
            + CueWords.READER_OPINIONS + "|" + CueWords.COMMENTS + ")\\s*(?:\\(\\d+\\))?"
            // the order they are shown in ("Visitor Opinions (latest shown first)", "Comments (newest first)")
            + "(?:\\s*\\((?:latest|newest|oldest)[\\p{L} ]{0,20}\\))?[:\\])]*$");

    /**
     * A count of comments heading them, alone or with the form's link beside it as a dump prints both on one line:
     * "One Comment", "1 Kommentar", "One Comment leave one →", "One comment Add your comment", "Un commentaire". Never a
     * list's item ("• 1 Comments" in a post's meta line or a share bar).
     */
    static final Pattern COUNT_HEADING = Pattern.compile("(?i)^[\\[(#\\s]*(?:[1-9]\\d*|" + CueWords.ONE + ")\\s+"
            + "(?:comments?|responses?|kommentare?|commentaires?|comentarios?|réactions?|reactions?)"
            + "(?:(?![\\p{L}])\\s*[^\\p{L}\\s]*\\s*$"
            // a tab's label glued on by the dump: "1 CommentNo Reactions", "2 ResponsesTrackbacks"
            + "|(?-i:(?:No\\s+)?(?:Reactions?|Responses?|Trackbacks?|Pingbacks?|Comments?))\\s*$"
            // the form's link beside it: "leave one →", "Add your comment", "Kommentar schreiben"
            + "|(?![\\p{L}])\\s+(?:(?:add|leave|post|write|join)\\s+(?:a\\s+|one|your\\s+|the\\s+)?(?:comment|reply|response|"
            + "discussion|one|own)?|kommentar\\s+(?:hinzufügen|schreiben)|schreib\\p{L}*\\s+(?:einen\\s+)?kommentar|"
            + "(?:laisse[rz]?|ajoute[rz]?)\\s+un\\s+commentaire|(?:deja|dejar|escrib\\p{L}*)\\s+un\\s+comentario)"
            + "\\s*[^\\p{L}\\s]*$)");

    /** "There are 7 comments", "Es gibt 3 Kommentare", "Il y a 2 commentaires", "Hay 4 comentarios". */
    static final String THERE_ARE = "(?:there\\s+(?:are|is|were)\\s+|es\\s+gibt\\s+|il\\s+y\\s+a\\s+|hay\\s+)";
    static final Pattern COMMENTS_CUE = Pattern.compile("(?i)^" + THERE_ARE + "?[\\W\\d]*(?:\\d+|one|no|two|three|"
            + "ein|eine|un|une|uno|una)?\\s*(?:[\\p{L}’']+\\s+){0,2}(?:comments?|responses?|replies|kommentare?|leserkommentare|"
            + "commentaires?|comentarios?|réactions|reactions|thoughts? on|discussion|diskussion|discuss this (?:post|article|story|entry)|留言|評論|评论|回應|コメント|"
            + CueWords.READER_OPINIONS + ")"
            // then the end, a sign, or a word that leads to the article ("Responses to", "Kommentare zu"), never a
            // noun of its own ("Comment Policy" in a menu)
            + "(?![\\p{L}])(?=\\s*$|\\s*[^\\p{L}\\s]|\\s+(?:on|to|so far|for|about|zu|zum|sur|à|de|del|sobre)(?![\\p{L}]))"
            // Arabic: at most two words before the noun ("عدد التعليقات"), no sentence before them
            + "|^[^\\p{L}]*(?:\\p{L}+\\s+){0,2}(?:" + CueWords.COMMENTS + ")(?![\\p{L}])"
            + "(?=\\s*$|\\s*[^\\p{L}\\s]|\\s+(?:" + CueWords.ABOUT + ")(?![\\p{L}]))");

    record Header(int line, String author, TimestampParser.Match time, boolean footer, int bodyStart) {
        Header(int line, String author, TimestampParser.Match time, boolean footer) {
            this(line, author, time, footer, line + 1);
        }
    }

    /** "X 於 2014/01/01 20:31 回覆": a reply whose byline follows its text (PIXNET owner replies). */
    /** Words that may open a date line: "Posted 9/11/2012 at 2:36 pm | Permalink", "am 3. Mai 2020". */
    private static final Pattern DATE_LEAD = Pattern.compile("(?i)(?:posted|posted on|on|am|le|el|publié le|"
            + "geschrieben am|verfasst am|publicado el|[-–—|•·])?");
    /** "Jamie Wayne, on November 7th, 2012 // Twitter: @jamie": a name tied to its date, a short tail after. */
    private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:,\\s*on|\\son|\\sam|\\sle|\\sel|\\s[—–|])\\s*$");
    private static final Pattern ZONE = Pattern.compile("(?i)[ECMP][SD]?T|UTC|GMT|CES?T|MES?Z|BST|IST|AES?T");
    /**
     * Drupal's "Submitted by" over a comment, in the languages it ships ("Soumis par", "Eingesendet von", "Enviado
     * por"), before the name. ("Posted by" is a post's footer as often: {@link #postedBy} reads it.)
     */
    private static final Pattern SUBMITTED_BY = Pattern.compile("(?i)^(?:submitted by|soumis par|eingesendet von|"
            + "enviado por)\\s+(?=\\S)");

    /** Whom a reply answers, after its writer's name: "Kyle replied to comment from Ryan Knapp", "Ann in reply to Bob". */
    private static final Pattern REPLIED_TO = Pattern.compile("(?i)(?<=\\S)\\s+(?:replied to(?: (?:comment|post) (?:from|by))?"
            + "|in reply to|antwortete(?: auf)?|a répondu à|respondió a)\\s+\\S.{0,60}$");
    private static final Pattern REPLIED = Pattern.compile("(?i)^(?:回覆|回复|replied|antwortete)$");
    private static final Pattern WRAPPED_TAIL = Pattern.compile("(?i)^(?:\\p{Nd}{1,2}:\\p{Nd}{2}(?::\\p{Nd}{2})?\\s*)?"
            + "(?:[ap]\\.?m\\.?|(?:ص|م)(?:باحا|ساء)?\\p{M}*)?(?:\\s*(?:[a-z]{2,4}t|utc|gmt))?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[\\p{So}•*·\\-]\\s*)*(?:[+\\-−]\\d+\\s+)?"
            + "(?:#?\\d+[.):]?\\s+){0,2}(?:[\\p{So}•*·]\\s*)*");
    private static final Pattern COMMENT_BY = Pattern.compile("(?i)^(?:#?\\d+\\s+)?(?:kommentar|comment|commentaire|comentario|تعليق)"
            + "\\s+(?:von|by|de|par|from|من|بواسطة)\\s+(?:\\[[a-z]{2}\\]\\s*)?(.{1,60})$");

    /** Strips list bullets, comment numbers and an "avatar" placeholder from a would-be name. */
    static String bareName(String s) {
        String n = s.strip();
        for (int pass = 0; pass < 2; pass++) {   // "• [anon] #2 Sander Aarts": a bullet, an image, then the number
            n = LEADING_NUMBER.matcher(n).replaceFirst("");
            n = n.replaceAll("(?i)^(?:\\[[^\\]]*\\]\\s*)+|\\bavatar\\b", " ").replaceAll("\\s+", " ").strip();
        }
        n = n.replaceAll("[於在]$", "").strip();
        Matcher twice = Pattern.compile("^(.+) \\1$").matcher(n);
        if (twice.matches()) {
            return twice.group(1);
        }
        int half = n.length() / 2;
        if (n.length() % 2 == 0 && half > 0 && n.substring(0, half).equals(n.substring(half))) {
            n = n.substring(0, half);
        }
        return n;
    }

    /**
     * The width at which a text browser wrapped this copy: its longest line's length, when at least five lines and one
     * in twenty come within eight characters of it (a browser fills its lines to about the same width); else no width
     * (a copy whose lines are the page's own, pasted from a browser window, was not wrapped).
     */
    static int wrapWidth(List<String> lines) {
        int max = lines.stream().mapToInt(String::length).max().orElse(0);
        long text = lines.stream().filter(l -> !l.isBlank()).count();
        long full = lines.stream().filter(l -> l.length() >= max - 8).count();
        return full >= 5 && full * 20 >= text ? max : Integer.MAX_VALUE / 2;
    }

    /**
     * {@code line} is a line a text browser broke because it was full, so that {@code next} continues it: the first
     * word of {@code next} would not have fit on it within the copy's width (its longest line), and it ends no
     * sentence or label. A long line that had room for the next word was ended by the page, not by the browser.
     */
    static boolean wrapped(String line, String next, int width) {
        String first = next.strip().split("\\s+", 2)[0];
        return line.length() >= 40 && line.split(" ").length >= 6 && line.length() + 1 + first.length() > width
                && !line.matches(".*[.!?:;…)\\]\"”»]$");
    }

    /** A link beside the name on its line, as some themes print it: "bqrq permalink", "Ann Reply". */
    private static final Pattern NAME_CONTROL = Pattern.compile("(?i)(?<=\\S)\\s+(?:permalink|reply|antworten|répondre|"
            + "responder)$");

    /** A name on its own line, the date alone on the next non-empty line, then the text (w3m dumps of tables). */
    private static Header nameThenDateLine(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref,
                                           int width) {
        String name = NAME_CONTROL.matcher(bareName(lines.get(i))).replaceFirst("");
        Matcher by = COMMENT_BY.matcher(lines.get(i).strip());
        if (by.matches()) {
            name = bareName(by.group(1));
        }
        if (!nameAlone(name, options, ref) || name.length() > 60 || name.split("\\s+").length > 6
                || !HAS_LETTER.matcher(name).find()) {
            return null;   // a name has a letter: "2012" above a date is the end of a wrapped one
        }
        if (COMMENTS_TITLE.matcher(lines.get(i).strip()).matches()
                || COMMENT_TAB.matcher(name).matches()) {
            // "4 Comments", "Comments (15)" right above the first byline is the thread's heading (a commenter's own
            // counter, "Total Comments (1465)", may stand where a name would)
            return null;
        }
        if (META_LINE.matcher(lines.get(i).strip()).matches()) {
            return null;   // "Party: Conservative", "Reply #1": what stands between a name and its date
        }
        if (lastOfMenu(lines, i)) {
            return null;   // "• Entertainment" / "• Video" / "" / "7 June 2013 Last updated at 09:31 GMT": the article's date
        }
        if (i > 0 && wrapped(lines.get(i - 1), lines.get(i), width)) {
            return null;   // the last words of a wrapped line above ("… Jest sposób, żeby się przed nią" / "obronić")
        }
        // empty lines, lines of only bullets or boxes ("□"), a profile field and the comment's number ("Party:
        // Conservative", "Reply #1") may stand between the name and its date
        int j = nextLine(lines, i, 4, l -> blankish(l) || META_LINE.matcher(l.strip()).matches());
        if (j < lines.size() && !isDateLine(lines.get(j), options, ref) && lines.get(j).strip().length() <= 60
                && (!looksLikeNameLine(lines.get(j)) || BADGE.matcher(lines.get(j).strip()).matches())) {
            // a profile's motto or badge between the name and its standing ("cliffhammond" / "Onward through the
            // fog!" / "1271 Fans" / date; "RefreshingTaste" / "HP LEGEND" / "496 Fans"): passed over only where such a
            // line follows it, and never a line that may be the name itself (under a sign-off or a one-line post:
            // "Cheers" / "greenthumb42" / "1,204 posts")
            int k = nextLine(lines, j, 2, TextExtractor::blankish);
            if (k < lines.size() && STANDING.matcher(lines.get(k).strip()).matches()) {
                j = nextLine(lines, k, 3, l -> blankish(l) || META_LINE.matcher(l.strip()).matches());
            }
        }
        if (j >= lines.size() || !isDateLine(lines.get(j), options, ref) || lines.get(j).startsWith("•")) {
            return null;   // (a date that is a list's item of its own is a menu's entry: "• Blogs" / "• Sept. 11")
        }
        if (!by.matches() && !looksLikeNameLine(lines.get(i))) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(lines.get(j), options.zone(), ref).orElse(null);
        if (t != null && CommentFields.nameAfterDate(lines.get(j).substring(Math.min(lines.get(j).length(), t.end())))) {
            return null;   // "Fr, 9. November 2012 - 15:30 — Geoff103": the date line names its author; the line above is an avatar's
        }
        return new Header(i, CommentFields.cleanAuthor(name), t, false, j + 1);
    }

    /** A thread's tab or sort control over its first date line: "Latest Comments", "Oldest first". */
    private static final Pattern COMMENT_TAB = Pattern.compile("(?i)(?:latest|newest|oldest|top|best|recent|all|popular|"
            + "most recent|most popular|readers'?|reader)\\s+(?:comments?|responses|replies|reactions)|"
            + "(?:newest|oldest|latest)\\s+first");

    private static final Pattern LIST_NUMBER = Pattern.compile("^\\d{1,4}\\.\\s+");
    /**
     * A profile field ("Party: Conservative", "Location: Ohio"), a comment's number ("Reply #1", "#12") or a
     * commenter's standing ("1271 Fans", "350 Beiträge", "12k followers").
     */
    private static final Pattern STANDING = Pattern.compile("(?i)\\d(?:[\\d,.]|[ \u00a0\u202f](?=\\d{3}))*\\s*k?\\s+"
            + "(?:fans?|followers?|posts?|points?|pts|karma|likes?|reputation|beitr(?:ag|äge)|punkte?|abonnent(?:en)?|"
            + "abonnés?|publications?|seguidor(?:es)?|mensajes?|publicaci(?:ón|ones))");
    static final Pattern META_LINE = Pattern.compile("(?i)(?![\\p{L} ]*\\b(?:by|from|von|par|por|de)\\s*:)"
            + "[\\p{L} ]{1,25}:\\s+[^\\s.!?]+(?:\\s+[^\\s.!?]+){0,2}|(?:reply|comment|post|antwort|kommentar|commentaire|"
            + "comentario|respuesta|no\\.?)?\\s*#\\s*\\d{1,5}|" + STANDING.pattern().replace("(?i)", ""));

    /**
     * A numbered comment list: the number and the date alone on a line (" 1. November 12, 2012"), the name alone on
     * the next non-empty line, then the text (the mirror of {@link #nameThenDateLine}).
     */
    private static Header numberedDateThenName(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        Matcher number = LIST_NUMBER.matcher(lines.get(i).strip());
        if (!number.lookingAt()) {
            return null;
        }
        String line = lines.get(i).strip().substring(number.end());
        if (!isDateLine(line, options, ref)) {
            return null;
        }
        int j = nextLine(lines, i, 2, String::isEmpty);
        if (j >= lines.size() || !looksLikeNameLine(lines.get(j))) {
            return null;
        }
        String name = bareName(lines.get(j));
        if (!nameAlone(name, options, ref) || !HAS_LETTER.matcher(name).find() || TRAILER.matcher(name).matches()
                || STOP.matcher(name).matches()) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(line, options.zone(), ref).orElse(null);
        return new Header(i, CommentFields.cleanAuthor(name), t, false, j + 1);
    }

    private static final Pattern POSTED_LEAD = Pattern.compile("(?i)^(?:posted|submitted|written)(?:\\s+on)?\\s+"
            + "|^(?:geschrieben|verfasst|gepostet)\\s+am\\s+|^(?:publié|posté|écrit)\\s+le\\s+|^(?:publicado|escrito)\\s+el\\s+");

    /**
     * "Posted Thursday 6th June 2013 15:43 GMT" over the name alone on the next non-empty line, then the text (The
     * Register): a date line that says it was posted, then who posted it.
     */
    private static Header postedDateThenName(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        String line = lines.get(i).strip();
        if (!POSTED_LEAD.matcher(line).lookingAt() || !isDateLine(line, options, ref)) {
            return null;
        }
        int j = nextLine(lines, i, 2, String::isBlank);
        if (j >= lines.size() || !looksLikeNameLine(lines.get(j)) || isDateLine(lines.get(j), options, ref)) {
            return null;
        }
        String name = bareName(lines.get(j));
        if (!nameAlone(name, options, ref) || !HAS_LETTER.matcher(name).find() || TRAILER.matcher(name).matches()
                || STOP.matcher(name).matches() || name.split("\\s+").length > 4) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(line, options.zone(), ref).orElse(null);
        return new Header(i, CommentFields.cleanAuthor(name), t, false, j + 1);
    }

    /**
     * A signature with its place under a text ("- Roger Sample , Perryville, United States, 07/6/2013 06:58") closes
     * comments only where the page signs three or more so: one such line is a reader quoting someone, and heads its
     * text as any name and date on a line do.
     */
    private static void signaturesAlike(List<String> lines, List<Header> headers) {
        List<Integer> signed = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            Header h = headers.get(k);
            if (h.footer() && h.bodyStart() == h.line() + 1 && DASH_LEAD.matcher(lines.get(h.line())).lookingAt()) {
                signed.add(k);
            }
        }
        if (signed.size() < SIGNATURES) {
            for (int k : signed) {
                Header h = headers.get(k);
                headers.set(k, new Header(h.line(), h.author(), h.time(), false, h.bodyStart()));
            }
        }
    }

    /** How many signatures with their places make a page's way of signing comments. */
    private static final int SIGNATURES = 3;

    /**
     * Where most of a page's bylines give "Posted DATE" over the name, a label over such a date line names nobody: The
     * Register's "Highly Rated" / "Posted Thursday 6th June 2013 13:42 GMT" / "Squander Two" is Squander Two's.
     */
    private static void postedOverNames(List<String> lines, List<Header> headers, ExtractOptions options, OffsetDateTime ref) {
        long posted = headers.stream().filter(h -> h.bodyStart() > h.line() + 1
                && POSTED_LEAD.matcher(lines.get(h.line()).strip()).lookingAt()).count();
        if (posted < 2 || posted * 2 < headers.size()) {
            return;
        }
        for (int k = 0; k < headers.size(); k++) {
            int dateLine = headers.get(k).bodyStart() - 1;
            if (dateLine > headers.get(k).line() && POSTED_LEAD.matcher(lines.get(dateLine).strip()).lookingAt()) {
                Header under = postedDateThenName(lines, dateLine, options, ref);
                if (under != null) {
                    headers.set(k, under);
                }
            }
        }
    }

    /** The words of a name, not counting the blog a commenter names after it ("Kate @ Songs Kate Sang": one). */
    private static int words(String name) {
        return BLOG_AFTER.matcher(name).replaceFirst("").split("\\s+").length;
    }

    /** A byline's name too long to be one but for the blog after its "@" ("Kate @ Songs Kate Sang"). */
    private static boolean longButForBlog(Header h) {
        return BLOG_AFTER.matcher(h.author()).find() && h.author().split("\\s+").length > DATE_NAME_WORDS;
    }

    /**
     * A name with a blog after its "@" is a reader's among other readers; where such bylines are most of the page's,
     * or stand nearly alone, they are a listing's titles and places ("October 11, 2012 | Family Portraits @ Blue Lily
     * Photo Studio") and are dropped.
     */
    private static void dropTitlesAtPlaces(List<Header> headers) {
        long blogs = headers.stream().filter(TextExtractor::longButForBlog).count();
        if (blogs > 0 && (headers.size() - blogs < 3 || blogs * 2 > headers.size())) {
            headers.removeIf(TextExtractor::longButForBlog);
        }
    }

    /** At most this many words make a name in "DATE | NAME". */
    private static final int DATE_NAME_WORDS = 5;

    private static final Pattern BLOG_AFTER = Pattern.compile("\\s+@\\s+[^\\d():|]+$");

    /** A would-be name on a line of its own: name-like, not a label ("Posted", "Updated") and holding no date. */
    static boolean nameAlone(String name, ExtractOptions options, OffsetDateTime ref) {
        // (a name wholly in brackets is a photo's credit: "(Steve Miller, AP)", "(AP file photo)")
        return !name.isEmpty() && NAME.matcher(name).matches() && !NOT_AN_AUTHOR.matcher(name).matches()
                && !(name.startsWith("(") && name.endsWith(")"))
                && TimestampParser.find(name, options.zone(), ref).isEmpty();
    }

    /** The last line before line {@code i} that is not blank, or -1. */
    private static int previousLine(List<String> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }

    /** The first line after line {@code i} that {@code skip} does not pass over, looking at most {@code reach} ahead. */
    private static int nextLine(List<String> lines, int i, int reach, java.util.function.Predicate<String> skip) {
        int j = i + 1;
        while (j < lines.size() && skip.test(lines.get(j)) && j <= i + reach) {
            j++;
        }
        return j;
    }

    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    static boolean blankish(String line) {
        return !LETTER_OR_DIGIT.matcher(line).find();
    }

    /** A badge in capitals ("HP LEGEND", "TOP COMMENTER"), not a name in capitals with a lower-case letter. */
    private static final Pattern BADGE = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d ]*\\p{Lu}");

    /** A name's last initial ("Carmen R.", "Bernd K."): the one full stop a name line may end with. */
    private static final Pattern INITIAL_END = Pattern.compile("(?<=\\p{L}\\p{L}\\s)\\p{Lu}\\.$");
    /** An e-mail address the site cut short to name its writer: "partman1969@...", "aaron@…". */
    private static final Pattern CUT_ADDRESS = Pattern.compile("^[\\p{L}\\p{N}._-]+@(?:\\.\\.\\.|…)$");

    /** A short line that is only a name (possibly behind a bullet or an "avatar" placeholder). */
    static boolean looksLikeNameLine(String raw) {
        String t = raw.strip();
        return t.length() <= 80 && (!t.endsWith(".") || INITIAL_END.matcher(t).find() || CUT_ADDRESS.matcher(t).find())
                && !t.endsWith(":")
                && !t.endsWith("?") && !t.endsWith("!") && !t.endsWith("؟")
                && (t.startsWith("•") || t.contains("avatar") || t.split("\\s+").length <= 4);
    }

    @Override
    public PageResult extract(Page page, ExtractOptions options) {
        // no-break spaces are spaces here: browsers put them around list numbers and between a date's parts, and a
        // copy from a browser keeps them
        String plain = NO_BREAK_SPACE.matcher(page.text()).replaceAll(" ");
        List<String> lines = rejoinWrappedControls(rejoinWrappedTimes(ListMarks.normalize(plain.lines().toList()).stream()
                .map(String::strip).map(TextExtractor::unglueMonth).toList()));
        String title = lines.stream().limit(80).filter(TextExtractor::looksLikeTitle).findFirst()
                .orElse(lines.stream().filter(l -> !l.isEmpty()).findFirst().orElse(""));
        OffsetDateTime published = ArticleMetadata.visiblePublished(page.text(), options.zone());
        String articleId = CommentIds.articleId(null, page.bytesHash());
        Article article = new Article(articleId, page.path().toString(), title.length() > 300 ? "" : title, published);
        CommentIds ids = new CommentIds(articleId);
        List<Comment> comments = new ArrayList<>();
        int[] lists = {0};
        List<Raw> found = headerComments(lines, options, published, lists);
        if (found.size() < FEW && (lists[0] == 0 || !found.isEmpty())) {
            // a thread whose bylines give the date first, on a line of its own above the name, reads to the dated
            // bylines as a few signatures followed by a date ("S-" / "November 12, 2012"): the records under the
            // comments heading, dated by those lines, are the thread when there are three times as many
            List<Raw> undated = UndatedRecords.find(lines, options, published);
            long dated = undated.stream().filter(r -> r.value() != null).count();
            if (found.isEmpty() || undated.size() >= 3 * found.size() && dated * 3 >= undated.size() * 2) {
                found = undated;
            }
        }
        // the name a reply answers is no part of its author's; which comment it answers the copy does not say (a
        // top-level comment names the article's writer the same way)
        List<String> authors = GluedLabel.strip(new GluedNames(lines).commenters(found.stream().map(Raw::author).toList()));
        // a page that shows its thread twice (a tab per sort order, both in the saved page) gives each comment twice:
        // where many records repeat an earlier one (name, time and text), each repeat is that comment again; a reader
        // who posted the same text twice in a minute repeats one, and both are kept
        Set<List<String>> seen = new HashSet<>();
        boolean[] repeat = new boolean[found.size()];
        int repeats = 0;
        for (int i = 0; i < found.size(); i++) {
            Raw r = found.get(i);
            if (!r.text.isBlank() && !seen.add(List.of(authors.get(i), String.valueOf(r.raw), r.text))) {
                repeat[i] = true;
                repeats++;
            }
        }
        boolean shownTwice = repeats >= SHOWN_TWICE && repeats * 4 >= found.size();
        for (int i = 0; i < found.size(); i++) {
            Raw r = found.get(i);
            if (shownTwice && repeat[i]) {
                continue;
            }
            comments.add(new Comment(ids.next(authors.get(i), r.raw, r.text), authors.get(i), r.value, r.raw, "", r.text, ""));
        }
        return new PageResult(article, comments);
    }

    /** A thread shown twice repeats at least this many comments (and a quarter of its records). */
    private static final int SHOWN_TWICE = 3;

    /** Fewer dated records than this may be a date-first thread misread (see {@link #extract}). */
    private static final int FEW = 10;
    private static final Pattern NO_BREAK_SPACE = Pattern.compile("[\u00a0\u2007\u202f]");

    record Raw(String author, OffsetDateTime value, String raw, String text) {
    }

    private static final Pattern DANGLING = Pattern.compile("(?i).*\\p{Nd}.*(?:\\bat|\\bum|\\bà|@|,|-|–|،|الساعة)$");
    /** A time alone on its line, in ASCII or Arabic-Indic digits, with a.m./p.m. or the Arabic ص / م. */
    private static final Pattern TIME_LINE = Pattern.compile("(?i)\\p{Nd}{1,2}[:h]\\p{Nd}{2}(?::\\p{Nd}{2})?\\s*(?:[ap]\\.?\\s?m\\.?|uhr|h"
            + "|(?:ص|م)(?:باحا|ساء)?\\p{M}*)?");

    /**
     * A byline's date and time that a narrow dump wrapped onto two lines ("November 3, 2012 at" / "11:27 am") as one
     * line again, so that the time is not read as the comment's first words and the connector not as a name.
     */
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Januar", "Februar", "März", "Juni", "Juli",
            "Oktober", "Dezember");
    /** A capitalised month name glued to the name before it ("Pam@TheMeltawaysAugust 5, 2012"): a Blogger dump. */
    private static final Pattern GLUED_MONTH = Pattern.compile("(?<=[\\p{Ll}\\p{N}@._])(?=(?:" + String.join("|", MONTHS)
            + ") \\d{1,2}\\b)");

    /**
     * A numeric date glued to the name before it ("internetricks4u8/12/2012"): a Blogger dump; with a two-digit year
     * when a time follows ("Dr. Joan McGettigan10/28/12 5:33 PM": a browser's copy of a Blogger page).
     */
    private static final Pattern GLUED_NUMERIC_DATE = Pattern.compile("(?<=\\p{L}|\\p{L}\\d)(?=\\d{1,2}/\\d{1,2}/"
            + "(?:\\d{4}\\b|\\d{2}\\s+\\d{1,2}:\\d{2}))");

    static String unglueMonth(String line) {
        if (line.length() > 140) {
            return line;
        }
        if (line.indexOf('/') > 0) {
            line = GLUED_NUMERIC_DATE.matcher(line).replaceFirst(" ");
        }
        for (String m : MONTHS) {
            int at = line.indexOf(m);
            if (at > 0 && !Character.isWhitespace(line.charAt(at - 1))) {
                return GLUED_MONTH.matcher(line).replaceFirst(" ");
            }
        }
        return line;
    }

    private static final Pattern CLOCK_END = Pattern.compile("(?<![\\d:])\\d{1,2}:\\d{2}$");
    private static final Pattern HALF_DAY_LEAD = Pattern.compile("(?i)^[ap]\\.?m\\.?(?:\\s*(?:[a-z]{2,4}t|utc|gmt))?"
            + "(?:\\s*[|·•]\\s*\\S.{0,40})?$");

    private static final Pattern YEAR_END = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d$");
    private static final Pattern TIME_LEAD = Pattern.compile("(?i)^(\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)\\s*[|·•]\\s*(\\S.*)$");

    /** A time alone, or a time and then a byline's controls only: "1:17 PM | Reply". */
    private static boolean timeThenControls(String line) {
        Matcher m = TIME_LEAD.matcher(line);
        return TIME_LINE.matcher(line).matches() || m.matches() && controlsOnly(m.group(2));
    }

    static List<String> rejoinWrappedTimes(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            // "… 9, 2012 at" / "2:13 pm", or a day with its year alone over its time ("August 9th, 2012" / "2:13 pm")
            if (i + 1 < lines.size() && l.length() <= 80 && (DANGLING.matcher(l).matches()
                    || l.length() <= 40 && YEAR.matcher(l).find() && !CLOCK.matcher(l).find())
                    && TIME_LINE.matcher(lines.get(i + 1)).matches()
                    // "… | November 9, 2012 11:51" / "AM | Reply": a byline's clock cut from its half of the day
                    || i + 1 < lines.size() && CLOCK_END.matcher(l).find() && HALF_DAY_LEAD.matcher(lines.get(i + 1)).matches()
                    // "… | November 9, 2012" / "1:17 PM | Reply": its time and controls cut from a byline's date
                    || i + 1 < lines.size() && YEAR_END.matcher(l).find() && timeThenControls(lines.get(i + 1))) {
                out.add(l + " " + lines.get(++i));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * A byline whose controls the copy wrapped onto the next line ("… 8:19 am Link To Comment | Reply To" / "Comment"):
     * the two lines are one, so the controls' last words are not read as the comment's first. Only a line with a date
     * is joined, and only when its last words and the next line make controls and nothing else.
     */
    static List<String> rejoinWrappedControls(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (i + 1 < lines.size() && wrapsControls(l, lines.get(i + 1))) {
                out.add(l + " " + lines.get(++i));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean wrapsControls(String line, String next) {
        if (next.isEmpty() || next.length() > 40 || line.length() > 200 || !DIGIT.matcher(line).find()) {
            return false;
        }
        if (controlsOnly(next)) {
            // "… 3:45 am Link To Comment |" / "Reply To Comment": the run of controls goes on after its separator
            return line.matches(".*\\S\\s*[|·•]$") && endsInControls(line.replaceFirst("\\s*[|·•]$", ""), "")
                    && TimestampParser.find(line, java.time.ZoneOffset.UTC, null).isPresent();
        }
        return endsInControls(line, " " + next) && TimestampParser.find(line, java.time.ZoneOffset.UTC, null).isPresent();
    }

    /** The line's last one to three words, followed by {@code more}, are controls and nothing else. */
    private static boolean endsInControls(String line, String more) {
        String[] words = line.split(" ");
        for (int k = 1; k <= 3 && k < words.length; k++) {
            if (controlsOnly(String.join(" ", java.util.Arrays.asList(words).subList(words.length - k, words.length)) + more)) {
                return true;
            }
        }
        return false;
    }

    /** A headline-like line: a few words of text, not a bullet, bracketed image or navigation link. */
    private static boolean looksLikeTitle(String l) {
        if (l.length() < 15 || l.length() > 200 || l.split("\\s+").length < 3 || !Character.isLetterOrDigit(l.charAt(0))
                || CHROME_LINE.matcher(l).lookingAt()) {
            return false;
        }
        Optional<TimestampParser.Match> date = TimestampParser.find(l, java.time.ZoneOffset.UTC, null);
        return date.isEmpty() || date.get().raw().length() < 0.5 * l.length();   // "Monday, October 29, 2012" is no title
    }

    /** Skip links, menus and search boxes at the top of a dump, in the languages the extractor reads. */
    private static final Pattern CHROME_LINE = Pattern.compile("(?i)(?:skip to|jump to|menu|search|sign in|log in|"
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
                h = nameThenDateLine(lines, i, options, ref, width);
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
        int heading = -1;
        for (int i = 0; i < lines.size() && heading < 0; i++) {
            if (COMMENTS_TITLE.matcher(lines.get(i)).matches() && !formImage(lines, i)) {
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
        if (cueLine >= 0 && headers.stream().anyMatch(h -> h.line() > cueLine)) {
            headers.removeIf(h -> h.line() < cueLine);
        }
        if (!headers.isEmpty() && sidebarOver(lines, Math.max(cueLine, firstComment), headers.get(0).line())) {
            return List.of();   // "• most popular" over dated items: the sidebar's list, under the thread's heading or not
        }
        withoutAmbiguousBylines(lines, headers, byTime);
        boolean form = formAfter(lines, headers);
        // (two people or more, each "Name said...", announce their comments themselves; a headline's "…, NASCAR says"
        // or a quote's "Frayer said:" is one speaker)
        boolean spoken = headers.stream().filter(h -> SAID.matcher(lines.get(h.line())).matches()
                && h.author().split("\\s+").length <= 4 && !h.author().matches(".*[?!.].*"))
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
                    body.add(lines.get(j));
                }
                prevEnd = h.bodyStart() - 1;
            } else {
                boolean footerNext = k + 1 < headers.size() && headers.get(k + 1).footer();
                int end = next;
                for (int j = h.bodyStart(); j < next; j++) {
                    String l = lines.get(j);
                    if (STOP.matcher(l).matches() || isFormField(l) || SIDEBAR.matcher(l).matches()) {
                        break;
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
        dropNextTitles(lines, headers, bodies, options);
        List<Record> out = new ArrayList<>();
        for (Body b : bodies) {
            trimOpening(b.lines(), b.header().author());
            boolean item = listItemAlone(b.lines());
            dropLoneMark(b.lines());
            if (!b.lines().isEmpty()) {
                // a bullet (w3m marks nested items "□", "■", "☆", "○"), or an image w3m printed as its one-word alt
                // text ("[d5de32f3]", "[avatar]")
                b.lines().set(0, b.lines().get(0).replaceFirst("^[•*·◦□■☆○▪]\\s+", "")
                        .replaceFirst("^\\[[^\\]\\s]{1,40}\\]\\s+(?=\\S)", ""));
            }
            String text = CommentFields.cleanText(tidy(b.lines(), chrome));
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
                        !item && SENTENCE_MARK.matcher(text).find() && text.split("\\s+").length >= 6, item,
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
        if (out.size() >= 2 && headlines * 2 >= out.size() && !titledComments) {
            return List.of();   // a list of dated headlines (teasers, archives, podcasts), not of comments
        }
        long storyLines = out.stream().filter(r -> r.notComment() || r.headline() || r.storyItem()
                || headlineFirst(r.raw().text())).count();
        if (out.size() >= 3 && storyLines * 5 >= out.size() * 4 && people * 5 <= out.size() * 3) {
            return List.of();   // headlines under a few section names ("NBA", "Golf"): a list of stories, not of readers
        }
        if (CommentFields.tableRows(out.stream().map(r -> r.raw().text()).toList())) {
            return List.of();   // a table's rows ("Toronto 6/12/13 7:00 PM" / "Winnipeg"): no record says anything
        }
        if (out.size() >= 3 && out.stream().map(r -> r.raw().author()).distinct().count() == 1) {
            return List.of();   // one "name" over every record is the records' chrome ("Original" over each date)
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
        kept.removeIf(r -> CommentFields.titleBar(r.text(), texts));   // a collapsed reply's title bar: "RE: …"
        return kept;
    }

    /**
     * A byline on the line right under one by the same name and day, the first without the time ("By karimtemple on
     * 5/15/13, Rating: 1" / "By karimtemple on 5/15/2013 2:04:01 PM , Rating: 1": a collapsed comment's title bar,
     * which a text browser prints, over its full byline) heads the same comment, whose text follows: the first of the
     * two is dropped. (Two full times are two comments: a footer byline under a comment without text.)
     */
    private static void dropRepeatedBylines(List<Header> headers) {
        for (int k = headers.size() - 1; k > 0; k--) {
            Header a = headers.get(k - 1);
            Header b = headers.get(k);
            if (b.line() == a.line() + 1 && a.author().equalsIgnoreCase(b.author()) && !a.author().isEmpty()
                    && coarser(a.time(), b.time())) {
                headers.remove(k - 1);
                headers.set(k - 1, new Header(a.line(), b.author(), b.time(), false, b.line() + 1));
            }
        }
    }

    /** The same day, the first without its time of day ("5/15/13" over "5/15/2013 2:04:01 PM"): one time, twice. */
    private static boolean coarser(TimestampParser.Match a, TimestampParser.Match b) {
        return a != null && b != null && a.value() != null && b.value() != null && !CLOCK.matcher(a.raw()).find()
                && a.value().toLocalDate().equals(b.value().toLocalDate());
    }

    private record Body(Header header, TimestampParser.Match time, List<String> lines) {
    }

    /** A list's mark alone on its line, as lynx prints a nested item's: "+", "o", "#", "@", "*", "•". */
    private static final Pattern LONE_MARK = Pattern.compile("^[•*·◦□■☆○▪+o#@]$");

    /**
     * Three bylines or more on consecutive lines, each over the next with no text between (a blank line at most), are a list of dated entries
     * ("• Jun. 14XFC 24" / "• Jun. 15UFC 161: Evans vs. Henderson" / "• Jun. 19Bellator 96"), the last one's "text"
     * being whatever the page shows next: all of them go. So are three bylines or more each one line from the next,
     * where the lines between are titles, half of them in a headline's shape at least (a browser's copy of a list of
     * related stories: "'Perfect' cloaking demonstrated" / "12 NOVEMBER 2012, SCIENCE &amp; ENVIRONMENT" / "Where's my
     * cloak of invisibility?" / "12 NOVEMBER 2012, …"): a reader's one-line comments between bylines end in a
     * sentence's stop or do not read as headlines.
     */
    private static List<Header> withoutDatedLists(List<String> lines, List<Header> headers) {
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
                if (k - start >= DATED_LIST && headlines * 2 >= titles) {
                    listed.addAll(headers.subList(start, k));
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

    /** A label of one or two words beside a list's item ("Watch", "Video", "Audio slideshow"). */
    private static boolean label(String line) {
        String l = line.strip();
        return !l.isEmpty() && l.split("\\s+").length <= 2 && !l.matches(".*[.!?…,;:]$");
    }

    /** The line that holds a byline's date: the byline's own, or the line under a name alone. */
    private static int dateLine(Header h) {
        return h.footer() ? h.line() : h.bodyStart() - 1;
    }

    /** A line of two to sixteen words that ends no sentence: a title's, or a short remark's. */
    private static boolean titleLine(String line) {
        String l = line.strip();
        int words = l.split("\\s+").length;
        return words >= 2 && words <= 16 && !l.matches(".*[.!…,;:]$");
    }

    /** How many bylines on consecutive lines make a list of dated entries. */
    private static final int DATED_LIST = 3;

    /** A comment's first line is its list item's mark alone (lynx, "+" / "" / "or" / text): it is no word of it. */
    private static void dropLoneMark(List<String> body) {
        int t = 0;
        while (t < body.size() && body.get(t).isBlank()) {
            t++;
        }
        if (t + 1 < body.size() && LONE_MARK.matcher(body.get(t).strip()).matches()) {
            body.subList(0, t + 1).clear();
        }
    }



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
    private record Record(Raw raw, boolean notComment, boolean headline, boolean listed, int cut, boolean storyItem,
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
    private static void dropListingUnderThread(List<String> lines, List<Record> out, int stated) {
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

    private static final Pattern COUNT_WORD = Pattern.compile("(?i)^\\W*(\\d+|" + CueWords.ONE + ")\\s");

    /** The number of comments a cue line states ("One Comment" 1, "12 Kommentare" 12), or -1. */
    static int statedCount(String line) {
        Matcher m = COUNT_WORD.matcher(line);
        if (!m.lookingAt()) {
            return -1;
        }
        String n = m.group(1);
        return Character.isDigit(n.charAt(0)) ? (n.length() > 6 ? -1 : Integer.parseInt(n)) : 1;
    }

    private static final Pattern BULLET_SPLIT = Pattern.compile("\\s*[•◦□▪■☆]\\s*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"”’)]?$");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[.!?](?:\\s|$)");

    /**
     * A text that is a menu or a list of links, not what a reader wrote: four or more bulleted entries, three in four
     * of them short (eight words at most) and not ending a sentence, under at most a short heading ("Share this page" /
     * "• Delicious • Digg • Facebook", "From other news sites" / "• Guardian.co.uk …", a gallery's captions). A
     * reader's own list runs under sentences of their own, or its entries are sentences.
     */
    static boolean menu(String text) {
        String[] parts = BULLET_SPLIT.split(text, -1);
        String head = parts[0].strip();
        if (parts.length < 4 || !head.isEmpty() && (head.split("\\s+").length >= 12 || SENTENCE_MARK.matcher(head).find()
                || head.endsWith(":"))) {
            return false;   // a reader's sentence over it, or the words that introduce a reader's list ("My picks:")
        }
        int items = 0;
        int entries = 0;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || TRAILER.matcher(p).matches() || CHROME_LINE.matcher(p).lookingAt()
                    || CommentFields.onlyControls(p.replaceAll("[›»]", ""))) {
                continue;   // a comment's own controls ("• Reply • Share › ◦ Twitter ◦ Email") are no menu of links
            }
            items++;
            entries += p.split("\\s+").length <= 8 && !SENTENCE_END.matcher(p).find() ? 1 : 0;
        }
        // the line right under the list's last entry a reader's sentences: the list is the reader's
        List<String> after = parts[parts.length - 1].lines().skip(1).filter(l -> !l.isBlank()).limit(1).toList();
        if (!after.isEmpty() && after.get(0).split("\\s+").length >= 8 && SENTENCE_END.matcher(after.get(0).strip()).find()) {
            return false;
        }
        return items >= 4 && entries * 4 >= items * 3;   // (a reader's list of three: "Best burgers • Joe's • Bun Shop • Ray's")
    }

    /** A body that is one line, a list's item (behind its bullet). */
    private static boolean listItemAlone(List<String> body) {
        List<String> lines = body.stream().filter(l -> !l.isBlank()).toList();
        return lines.size() == 1 && LIST_BULLET.matcher(lines.get(0)).lookingAt();
    }

    private static final Pattern SMALL_WORD = Pattern.compile("(?<![\\p{L}'’])\\p{Ll}{3,}(?![\\p{L}])");

    /** Four words or more, three of them lower-case words of three letters or more: a title, not a person's name. */
    private static boolean titleName(String author) {
        return author.split("\\s+").length >= 4 && SMALL_WORD.matcher(author).results().count() >= 3;
    }

    /**
     * A text that is one excerpt cut short: the length before its ellipsis of the one paragraph that ends in one, at
     * least 25 characters, with only short lines above it (a name, a picture's alt text, the title of the story it
     * was posted under) and only a name, a short line or a bulleted list below it (the next item's header, the next
     * sidebar); else -1. A reader who trails off writes more around it ("Let me clarify..." / "When I talk about…").
     */
    private static int cutLength(String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            int end = l.endsWith("...") ? l.length() - 3 : l.endsWith("…") ? l.length() - 1 : -1;
            if (end < 0) {
                if (l.split("\\s+").length > 20 || l.matches(".*[.!]$")) {
                    return -1;   // a reader's sentence above it, not a name or a story's title
                }
                continue;
            }
            for (int j = i + 1; j < lines.length; j++) {
                String after = lines[j].strip();
                if (!BULLETED.matcher(after).lookingAt()
                        && (after.split("\\s+").length > 4 || after.matches(".*[.!?]$"))) {
                    return -1;
                }
            }
            int cut = l.substring(0, end).strip().length();
            return cut >= 25 ? cut : -1;
        }
        return -1;
    }

    private static final Pattern BULLETED = Pattern.compile("^[•□◦▪■*·-]\\s");

    /**
     * Two records side by side whose texts are both one excerpt cut short at about the same length, dated by a day
     * without a time ("One pro tip is the use of QR c..." / "One of the tips I would recomm...", each "on 11/12/12"):
     * a widget's excerpts of comments elsewhere ("Recent comments"), cut by a page template at a fixed count of
     * characters (backing off to a word's end), not readers who trail off.
     */
    private static boolean sameCut(Record a, Record b) {
        return a.cut() > 0 && b.cut() > 0 && Math.abs(a.cut() - b.cut()) <= Math.max(2, Math.min(a.cut(), b.cut()) / 10)
                && !CLOCK.matcher(a.raw().raw()).find() && !CLOCK.matcher(b.raw().raw()).find();
    }

    /**
     * A count of comments ("4 comments", "76Comments", "12 Kommentare", "3 réactions"): on a byline or date line it
     * dates a post in a listing (a teaser, a forum topic, the article's own byline); a comment never counts comments.
     */
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?i)(?<![\\p{L}\\d#№])\\d+\\s*(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|réactions?|reacties|reacciones)(?![\\p{L}])"
            + "(?!\\s+(?:by|from|von|de|par|por)\\b)");   // "#1 Kommentar von Naru-chan" numbers one comment

    /** The lines of a record's byline: its header line and, for a name over a date line, the lines to its text. */
    private static boolean countsComments(List<String> lines, Header h) {
        int end = h.footer() ? h.line() + 1 : Math.max(h.line() + 1, h.bodyStart());
        for (int j = h.line(); j < Math.min(end, lines.size()); j++) {
            Matcher m = COMMENT_COUNT.matcher(lines.get(j));
            while (m.find()) {
                if (!lines.get(j).substring(0, m.start()).stripTrailing().matches(".*[(\\[]$")) {
                    return true;   // (a count in brackets after a name is the commenter's: "Hans Meier (345 Kommentare)")
                }
            }
        }
        return false;
    }

    /**
     * A list item whose byline is all it holds: a name line opening with the item's bullet over a date line, and its
     * "text" opening with the next item's bullet ("• Water column forms over Lake Michigan" / "25 Sep 2011" / "• World's smallest aquarium …").
     */
    private static boolean emptyItem(List<String> lines, Header h, List<String> body, ExtractOptions options,
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

    /** Bullets, empty lines and the repeated name before the text (PIXNET dumps), and the author's avatar. */
    /** A comment's number alone on its line: "#11", "№ 3". */
    private static final Pattern COMMENT_NUMBER = Pattern.compile("^(?:#|№|nº|n°)\\s?(\\d{1,5})\\.?$");

    private static void trimOpening(List<String> body, String author) {
        while (!body.isEmpty() && (body.get(0).isEmpty() || bareName(body.get(0)).isEmpty() || ITEM_START.matcher(body.get(0)).matches()
                || bareName(body.get(0)).equals(author) || avatarLine(body.get(0), author)
                // the byline's controls over the text ("Reply"), where the text follows, not as the rest of their
                // sentence ("Report abuse" / "to Facebook directly, …" is the reader's)
                || controlsOnly(body.get(0).strip()) && body.stream().skip(1).anyMatch(l -> !l.isBlank())
                && (body.size() < 2 || !Character.isLowerCase(body.get(1).strip().codePoints().findFirst().orElse('A'))))) {
            body.remove(0);
        }
    }

    /** The next comment's title at the end of each text that runs on to the next byline ({@link NextTitles}). */
    private static void dropNextTitles(List<String> lines, List<Header> headers, List<Body> bodies, ExtractOptions options) {
        int[] next = new int[bodies.size()];
        for (int k = 0; k < bodies.size(); k++) {
            Header h = bodies.get(k).header();
            int i = headers.indexOf(h);
            next[k] = !h.footer() && i >= 0 && i + 1 < headers.size() && !headers.get(i + 1).footer()
                    ? headers.get(i + 1).line() : -1;
        }
        NextTitles.drop(lines, bodies.stream().map(Body::lines).toList(), next, options);
    }

    /**
     * The list of a comment's actions that opens the bodies of comments alike, as a text browser prints the menu
     * under each header ("• Delete" / "• Invite" / "• Follow jnovo22" / "• Flag" / "• Share to Twitter" / "• Go to
     * permalink"): its chrome, taken off where the comment has text after it. A reader's own list ("• Share the cost"
     * / "• Follow up with the council" / …) opens one comment, not several in the same words.
     */
    private static void dropSharedMenus(List<Body> bodies) {
        List<List<String>> menus = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        for (Body b : bodies) {
            List<String> menu = actionMenu(b.lines());
            menus.add(menu);
            words.add(menu == null ? null : new HashSet<>(menu));
        }
        for (int k = 0; k < bodies.size(); k++) {
            List<String> menu = menus.get(k);
            boolean shared = false;
            for (int o = 0; o < menus.size() && menu != null && !shared; o++) {
                shared = o != k && menus.get(o) != null && alike(words.get(k), words.get(o));
            }
            Body b = bodies.get(k);
            if (shared) {
                int end = 0;
                for (int items = 0; items < menu.size(); end++) {
                    items += b.lines().get(end).isBlank() ? 0 : 1;
                }
                if (b.lines().stream().skip(end).anyMatch(l -> !l.isBlank())) {
                    b.lines().subList(0, end).clear();
                    trimOpening(b.lines(), b.header().author());
                }
            }
        }
    }

    /**
     * The first words (lower case) of the bulleted list that opens a body, when it is a menu of actions: three or more
     * items, each of at most six words, two or more opening with an action on the comment, and the list whole (no
     * longer item after them); else null.
     */
    private static List<String> actionMenu(List<String> body) {
        List<String> first = new ArrayList<>();
        int actions = 0;
        for (String line : body) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (!BULLETED.matcher(l + " ").lookingAt()) {
                break;
            }
            String[] words = l.substring(1).strip().split("\\s+");
            if (words.length > 6) {
                return null;   // a reader's list, or one cut short here
            }
            actions += ACTION.matcher(words[0]).matches() ? 1 : 0;
            first.add(words[0].toLowerCase(Locale.ROOT));
        }
        return first.size() >= 3 && actions >= 2 ? first : null;
    }

    /**
     * Two menus alike: three or more of their items' first words the same, at least half of the shorter menu's (a
     * comment's own author sees "Edit" and "Delete" more; a moderator, "Block" and "Hide").
     */
    private static boolean alike(Set<String> a, Set<String> b) {
        long both = a.stream().filter(b::contains).count();
        return both >= 3 && both * 2 >= Math.min(a.size(), b.size());
    }

    private static final Pattern ACTION = Pattern.compile("(?i)(?:edit|delete|flag|unflag|hide|report|block|mute|"
            + "share|follow|unfollow|reply|permalink|invite|like|bearbeiten|löschen|melden|teilen|"
            + "modifier|supprimer|signaler|partager|editar|eliminar|denunciar|compartir)\\W*");

    /**
     * A line that opens most comments alike is the record's chrome, not its text: an avatar's alt text ("Gravatar
     * image"), a badge, a button. Taken off where the comment has more; kept where it is all there is.
     */
    /**
     * The comments' own numbers over their texts ("#11", then "#12" over the next): a count the thread keeps, not the
     * readers' words. A number that does not go on from the one before ("#44 I believe …", "#66 Get a job") is a
     * reader's pointer to an earlier comment and stays.
     */
    private static void dropOwnNumbers(List<Body> bodies) {
        List<Body> numbered = new ArrayList<>();
        int prev = -1;
        for (Body b : bodies) {
            Matcher m = b.lines().isEmpty() ? null : COMMENT_NUMBER.matcher(b.lines().get(0).strip());
            if (m == null || !m.matches()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            if (prev >= 0 && n != prev + 1 && n != prev - 1) {
                return;
            }
            prev = n;
            numbered.add(b);
        }
        if (numbered.size() < 2) {
            return;
        }
        for (Body b : numbered) {
            if (b.lines().stream().skip(1).anyMatch(l -> !l.isBlank())) {
                b.lines().remove(0);
                while (!b.lines().isEmpty() && b.lines().get(0).isEmpty()) {
                    b.lines().remove(0);
                }
            }
        }
    }

    private static void dropSharedOpening(List<Body> bodies) {
        Map<String, Integer> counts = new HashMap<>();
        for (Body b : bodies) {
            if (!b.lines().isEmpty() && b.lines().get(0).length() <= 40) {
                counts.merge(b.lines().get(0), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 3 && e.getValue() * 2 >= bodies.size()) {
                for (Body b : bodies) {
                    if (b.lines().size() > 1 && b.lines().get(0).equals(e.getKey())
                            && b.lines().stream().skip(1).anyMatch(l -> !l.isEmpty())) {
                        b.lines().remove(0);
                        while (!b.lines().isEmpty() && b.lines().get(0).isEmpty()) {
                            b.lines().remove(0);
                        }
                    }
                }
            }
        }
    }

    /** An image's alt text naming the author above the text: "ReallySparky's picture", "Avatar of Ann", "Ann avatar". */
    static boolean avatarLine(String line, String author) {
        String l = line.strip();
        return !author.isEmpty() && l.length() <= author.length() + 20 && l.contains(author)
                && AVATAR_WORD.matcher(l.replace(author, " ")).find();
    }

    private static final Pattern AVATAR_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?:picture|avatar|photo|image|bild|profilbild|"
            + "foto|gravatar|user ?pic)(?![\\p{L}])");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\p{Nd}[:h.]\\p{Nd}{2}|\\p{Nd}\\s*[ap]\\.?m\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\bago\\b|\\bvor\\b|il y a|hace|منذ|قبل|yesterday|today|gestern|heute"
            + "|hier|aujourd|ayer|hoy");

    /**
     * A day without its year, its time or a relative word ("December 9", "October 27–28"): how event lists and
     * calendars date their items; a byline seldom gives so little.
     */
    private static boolean bareDay(TimestampParser.Match time) {
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
    private static boolean teaser(String firstLine, ExtractOptions options) {
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
        String[] words = first.split("\\s+");
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
        int words = first.split("\\s+").length;
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

    /** "Leave a Comment" (a comment form) right after the last header's text: the comments sit above it. */
    private static boolean formAfter(List<String> lines, List<Header> headers) {
        if (headers.isEmpty()) {
            return false;
        }
        int last = headers.get(headers.size() - 1).line();
        for (int j = last + 1; j < Math.min(lines.size(), last + 60); j++) {
            if (STOP.matcher(lines.get(j)).matches()) {
                return true;
            }
        }
        return false;
    }

    private static int firstBlockStart(List<String> lines, int footer, int prevEnd) {
        int j = footer - 1;
        int blanks = 0;
        while (j > prevEnd + 1) {
            String l = lines.get(j - 1);
            if (l.isEmpty()) {
                blanks++;
                if (blanks >= 2) {
                    break;
                }
            } else {
                blanks = 0;
                if (STOP.matcher(l).matches() || COMMENTS_HEADING.matcher(l).find() && l.length() < 40
                        || LOG_IN_TO.matcher(l.strip()).matches() || sortTabs(lines, j - 1)) {
                    break;   // (the thread's sort tabs over the first comment: "• Newest" / "• Oldest" / "• Best rated")
                }
            }
            j--;
        }
        return j;
    }

    /**
     * A control to show the whole thread ("View all") alone between the thread's sort tabs or heading and a comment's
     * text: left over its first comment, whose byline stands under its text (later comments start under the byline
     * before them, and keep such lines: "RIP", "Nick,").
     */
    private static boolean leadingControl(List<String> lines, int j, int footer) {
        String l = lines.get(j).strip();
        int above = previousLine(lines, j);
        return !l.isEmpty() && j + 1 < footer && lines.get(j + 1).isBlank() && above >= 0 && above < j - 1
                && (sortTabs(lines, above) || COMMENTS_TITLE.matcher(lines.get(above)).matches())
                && VIEW_ALL.matcher(l).matches() && lines.subList(j + 1, footer).stream().anyMatch(x -> prose(x));
    }

    /** How many lines over the first byline a sidebar's heading is read as heading it. */
    private static final int NEAR_SIDEBAR = 12;

    /**
     * A sidebar's heading after the thread's second byline ("Most popular Videos", "Recent comments", "Other Stories")
     * ends the thread: the dated items under it are that list's, not more comments (unless a comments heading opens a
     * thread again under it).
     */
    private static void cutAtSidebar(List<String> lines, List<Header> headers) {
        if (headers.size() < 2) {
            return;
        }
        for (int j = headers.get(0).line() + 1; j < headers.get(headers.size() - 1).line(); j++) {
            if (sidebarHeading(lines, j)) {
                int cut = j;
                int reopened = -1;
                for (int i = j + 1; i < lines.size() && reopened < 0; i++) {
                    if (COMMENTS_TITLE.matcher(lines.get(i)).matches()) {
                        reopened = i;
                    }
                }
                int end = reopened;
                // (two records at least stay over it: one record alone is read only under a comments heading)
                if (headers.stream().filter(h -> h.line() < cut).count() >= 2) {
                    headers.removeIf(h -> h.line() > cut && (end < 0 || h.line() < end));
                }
                return;
            }
        }
    }

    /**
     * A sidebar's heading over the first byline, at most {@link #NEAR_SIDEBAR} lines above it, on a page whose comments
     * have no heading over them ({@code from} is -1; under a comments heading it is the thread's sort tab).
     */
    private static boolean sidebarOver(List<String> lines, int from, int first) {
        if (from >= 0 && !isStop(lines.get(from))) {
            // under the thread's own heading, "Most popular" sorts its comments (a closing line, "blog comments powered
            // by Disqus", heads nothing)
            return false;
        }
        for (int j = Math.max(0, first - NEAR_SIDEBAR); j < first; j++) {
            if (sidebarHeading(lines, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sidebar's heading ("Most popular", "• Latest Tweets", "EDITORS' PICKS"), and not a thread's sort control: no
     * sort word ("Sort by:", "• Newest", "Oldest first") next to it, and no comments heading right over it.
     */
    static boolean sidebarHeading(List<String> lines, int j) {
        if (!SIDEBAR.matcher(lines.get(j).strip().replaceFirst("^[•*]\\s*", "")).matches()) {
            return false;
        }
        int above = previousLine(lines, j);
        int below = j + 1;
        while (below < lines.size() && lines.get(below).isBlank()) {
            below++;
        }
        return !(above >= 0 && (SORT_WORD.matcher(lines.get(above).strip()).matches()
                || COMMENTS_TITLE.matcher(lines.get(above)).matches())
                || below < lines.size() && SORT_WORD.matcher(lines.get(below).strip()).matches());
    }

    /** A thread's sort control: "Sort by:", "• Newest", "Oldest first", "Top comments", "• Most liked". */
    private static final Pattern SORT_WORD = Pattern.compile("(?i)^(?:[•*|]\\s*)?(?:sort(?:ed)?\\s+by:?.*|order\\s+by:?.*|"
            + "(?:newest|oldest|latest|best|top|most\\s+(?:liked|recent|recommended|popular|voted|replied)|recommended|"
            + "popular|neueste|älteste|beste|beliebteste|plus récents|plus anciens|meilleurs|más recientes|más antiguos)"
            + "(?:\\s+(?:first|comments|rated|zuerst|zuerst anzeigen))?)$");

    /**
     * Line {@code j} ends a run of three list items or more of one or two words each under a comments heading (at most
     * {@link #TABS_UNDER_HEADING} lines over the run): the thread's sort tabs ("Comments (142)" / "• Newest" / "•
     * Oldest" / "• Best rated"), not the site's menu.
     */
    private static boolean sortTabs(List<String> lines, int j) {
        int tabs = 0;
        int i = j;
        for (; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (!SORT_TAB.matcher(lines.get(i).strip()).matches()) {
                break;
            }
            tabs++;
        }
        if (tabs < 3) {
            return false;
        }
        for (int seen = 0; i >= 0 && seen < TABS_UNDER_HEADING; i--) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (COMMENTS_TITLE.matcher(l).matches() || COMMENTS_CUE.matcher(l).lookingAt()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    /** How many lines over a thread's sort tabs its heading may stand ("The comments below have not been moderated."). */
    private static final int TABS_UNDER_HEADING = 3;

    /** A thread's control to show all of it: "View all", "Show more", "Alle anzeigen". */
    private static final Pattern VIEW_ALL = Pattern.compile("(?i)(?:view|show|see|load|read)\\s+(?:all|more)|alle anzeigen|"
            + "mehr anzeigen|voir tout|afficher tout|ver todos|ver más");

    /** A list's item of one or two words and nothing else: a menu's entry or a thread's sort tab ("• Best rated"). */
    private static final Pattern SORT_TAB = Pattern.compile("^•\\s*\\p{IsLatin}+(?: \\p{IsLatin}+)?$");

    /** "Log in or register to join the discussion": the form's prompt above a thread, in the four languages. */
    static final Pattern LOG_IN_TO = Pattern.compile("(?i)(?:please\\s+)?(?:log\\s?in|sign\\s?in|register|sign\\s?up)"
            + "(?:\\s+(?:or|and|/)\\s+(?:log\\s?in|sign\\s?in|register|sign\\s?up|join)(?:\\s+now)?)?\\s+to\\s+(?:\\S+\\s+){0,3}"
            + "(?:comment|discussion|conversation|reply|post|join)\\S*\\s*[.!]?"
            + "|(?:anmelden|einloggen|registrieren|melden sie sich an)\\b.{0,40}\\bkommentier\\S*\\s*[.!]?"
            + "|(?:connectez-vous|identifiez-vous|inscrivez-vous)\\b.{0,40}\\bcommenter\\s*[.!]?"
            + "|(?:inicia sesión|inicie sesión|regístrate|registrate)\\b.{0,40}\\bcomentar\\s*[.!]?");

    private static final Pattern REPLIES = Pattern.compile("(?i)repl|antwort|réponse|respuesta");

    /** A comments heading or count among the first three lines after a byline (blank lines not counted). */
    private static boolean headingRightAfter(List<String> lines, Header h) {
        int seen = 0;
        for (int j = Math.max(h.line() + 1, h.bodyStart()); j < lines.size() && seen < 3; j++) {
            String l = lines.get(j);
            if (l.isBlank()) {
                continue;
            }
            seen++;
            if (headingLine(lines, j)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that heads comments: a comments title ("Comments", "2 Comments", "Kommentare (3)") or a short count ("2
     * comments so far"), standing apart from a menu; never a sentence ("The comments to this entry are closed.",
     * "Your comments on the deficit are spot on"), a form's "Post a comment", or "2 replies" under a comment.
     */
    static boolean headingLine(List<String> lines, int j) {
        String l = lines.get(j).strip();
        boolean title = COMMENTS_TITLE.matcher(l).matches()
                || SHORT_COUNT.matcher(l).matches() && COMMENTS_CUE.matcher(l).lookingAt();
        return title && !inMenu(lines, j) && !isStop(l) && !ADD_COMMENT.matcher(l).lookingAt()
                && !REPLIES.matcher(l).find();
    }

    /** A count and at most three words, no sentence's end: "2 comments", "12 Kommentare bisher". */
    private static final Pattern SHORT_COUNT = Pattern.compile("^\\W*\\d+\\s+\\S+(?:\\s+\\S+){0,2}(?<![.!?])$");

    private static int commentsHeadingBefore(List<String> lines, int line) {
        int found = 0;
        for (int j = Math.max(0, line - 15); j < line; j++) {
            String l = lines.get(j);
            if (COMMENTS_TITLE.matcher(l).matches() && !inMenu(lines, j)) {
                return TITLED;
            }
            if ((COUNT_HEADING.matcher(l).matches() || COUNT_FIRST.matcher(l).lookingAt() && COMMENTS_CUE.matcher(l).lookingAt())
                    && !inMenu(lines, j)) {
                found = COUNTED_ONLY;   // ("3 Comments", and "One Response to “Personal Branding Weekly”")
            }
        }
        return found;
    }

    /** A line that opens with a count: "One Response to …", "2 thoughts on …", "Ein Kommentar zu …". */
    private static final Pattern COUNT_FIRST = Pattern.compile("(?i)^[\\W]*(?:[1-9]\\d*|one|ein|eine|un|une|uno|una)\\s");

    /**
     * One byline whose pattern closes a text ("posted by Ann on DATE", Blogger's footer) right under the comments
     * heading, or under one short title line right under it ("Visitor Opinions" / "Nice" / "posted by Homo sapiens on 7
     * Jun 2013 at 1:21 am" / the text): above it stands no text for it to close, so it heads the text below it.
     */
    private static List<Header> loneFooterUnderHeading(List<String> lines, List<Header> headers) {
        if (headers.size() != 1 || !headers.get(0).footer()) {
            return headers;
        }
        Header h = headers.get(0);
        int above = previousNonBlank(lines, h.line());
        if (above >= 0 && !isCommentsCue(lines.get(above).strip())) {
            String title = lines.get(above).strip();
            if (title.length() > 60 || title.matches(".*[.!?…]$") || isStop(title)) {
                return headers;
            }
            above = previousNonBlank(lines, above);
        }
        int below = h.bodyStart();
        while (below < lines.size() && lines.get(below).isBlank()) {
            below++;
        }
        if (above < 0 || !isCommentsCue(lines.get(above).strip()) || below >= lines.size()
                || isStop(lines.get(below)) || !HAS_LETTER.matcher(lines.get(below)).find()) {
            return headers;
        }
        return List.of(new Header(h.line(), h.author(), h.time(), false, h.bodyStart()));
    }

    private static int previousNonBlank(List<String> lines, int from) {
        int j = from - 1;
        while (j >= 0 && lines.get(j).isBlank()) {
            j--;
        }
        return j;
    }

    /** What heads a lone record ({@link #commentsHeadingBefore}): a comments title, or only a count of them. */
    private static final int TITLED = 1;
    private static final int COUNTED_ONLY = 2;

    /**
     * A comment's length at most: under a count alone ("One Comment" in a post's meta line over its byline), a record
     * longer than this is the article read under its author's byline, not a reader's words.
     */
    private static final int LONE_COMMENT_CHARS = 1500;

    /**
     * A line among four or more short lines in a row, with no blank line between them and not the last of them: an
     * entry of a menu or a share bar ("Share on Tumblr" / "Print Article" / "Comments" / "[photo]"), not a heading.
     */
    static boolean inMenu(List<String> lines, int j) {
        int from = j;
        while (from > 0 && shortEntry(lines.get(from - 1))) {
            from--;
        }
        int to = j;
        while (to + 1 < lines.size() && shortEntry(lines.get(to + 1))) {
            to++;
        }
        // the run's last line, a blank line under it, heads what follows ("Digg" / "Reader" / "Comments (1)" / "")
        // so does its first line, a blank line above it, over its own controls ("Comments" / "Newest first" / "Share")
        boolean heads = to == j && (j + 1 >= lines.size() || lines.get(j + 1).isBlank())
                || from == j && (j == 0 || lines.get(j - 1).isBlank());
        return to - from + 1 >= 4 && !heads;
    }

    /**
     * The last of eight or more list items in a row that are each a short entry alone (a site's menu), as a text
     * browser prints them: no commenter's name, since a comment's text stands between one name and the next.
     */
    private static boolean lastOfMenu(List<String> lines, int i) {
        int run = 0;
        for (int j = i; j >= 0 && lines.get(j).startsWith("•") && shortEntry(lines.get(j)); j--) {
            run++;
        }
        return run >= MENU_ITEMS;
    }

    /** A site's menu has this many entries or more; a thread's sort tabs or a few one-line comments have fewer. */
    private static final int MENU_ITEMS = 8;

    /** A menu's entry: short, and no date or count in it (a byline's name over its date line ends the run). */
    private static boolean shortEntry(String line) {
        return !line.isBlank() && line.length() <= 25 && !DIGIT.matcher(line).find();
    }

    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    private static Header nameThenDate(String line, int i, Optional<TimestampParser.Match> m) {
        if (m.isEmpty() || m.get().start() == 0) {
            return null;
        }
        String after = line.substring(m.get().end()).strip();
        if (after.startsWith(")") && line.substring(0, m.get().start()).stripTrailing().endsWith("(")
                && (CLOCK.matcher(m.get().raw()).find() || RELATIVE.matcher(m.get().raw()).find())
                && line.substring(0, m.get().start()).strip().split("\\s+").length <= 5) {
            // "Richard Hart (1 day ago)": a time in brackets; a bare day in brackets dates an archive's link
            after = after.substring(1).strip();
        }
        if (!after.isEmpty() && SAYS_TAIL.matcher(" " + after).matches() || after.equals(":")) {
            after = "";   // "Beltway Greg on Sep 21, 3:05 PM said:", "Alexander Petrov wrote on March 11th, 2015 at 02:57:"
        }
        boolean replyFooter = REPLIED.matcher(after).matches();
        boolean connected = CONNECTOR.matcher(line.substring(0, m.get().start())).find();
        if (!after.isEmpty() && !replyFooter && !TRAILER.matcher(after).matches() && !controlsOnly(after)
                && !(connected && after.length() <= 40 && after.matches("^(?://|\\||·|•|-|–).*"))) {
            return null;
        }
        String name = bareName(line.substring(0, m.get().start()).replaceAll("[\\s|,\\-–—:·•(]+$", "").strip());
        Matcher signed = SIGNED_FROM.matcher(name);
        if (after.isEmpty() && DASH_LEAD.matcher(line).lookingAt() && signed.matches()) {
            // "- Roger Sample , Perryville, United States, 07/6/2013 06:58": a reader signs under the text, with a
            // dash, a name, where they write from and when
            replyFooter = true;
            name = signed.group(1).strip();
        }
        name = POSTED_TAIL.matcher(name.replaceAll("(?i)\\s+(?:on|am|le|el)$", "")).replaceFirst("");
        name = REPLIED_TO.matcher(name).replaceFirst("");   // "Kyle replied to comment from Ryan Knapp |" is Kyle's
        name = SUBMITTED_BY.matcher(name).replaceFirst("");   // "Soumis par Xolotl, le lundi 29 octobre 2012 à 17h07"
        if (!NAME.matcher(name).matches() || NOT_AN_AUTHOR.matcher(name).matches() || !HAS_LETTER.matcher(name).find()
                || name.split("\\s+").length > 6 || IN_CATEGORY.matcher(name).matches()
                || META_LINE.matcher(name).matches() || CLOCK_ONLY.matcher(name).matches()) {
            return null;   // (a time before a relative one, "1:34 PM 1 minute ago", names nobody)
        }
        return new Header(i, CommentFields.cleanAuthor(name), m.get(), replyFooter);
    }

    /** A dash opening a line, as a signature has it: "- Ann", "— Ann, Leeds". */
    private static final Pattern DASH_LEAD = Pattern.compile("^\\s*[-–—]\\s+(?=\\p{L})");

    /** A signature's name, then where its writer is: "Roger Sample , Perryville, United States". */
    private static final Pattern SIGNED_FROM = Pattern.compile("^[-–—]?\\s*([^,]{2,40}?)\\s*,(?:\\s*\\p{L}[\\p{L}.'’ -]{1,30},?){1,3}$");

    /**
     * A sentence's words, not a name's: a lower-case start with a sentence's end inside ("in Philadelphia. (Matt
     * Rourke/AP file)"), or a lower-case word before a headline's colon ("It's official: Garcia-Matthysse"). A name's
     * own full stop or colon ("Riverside Photographer. Oslo", "Kate: Songs Kate Sang") is left alone.
     */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("^\\p{Ll}.*\\p{Ll}{2}\\.\\s+\\S|(?:^|\\s)\\p{Ll}\\p{L}{2,}:\\s+\\S");

    private static final Pattern CLOCK_ONLY = Pattern.compile("(?i)\\p{Nd}{1,2}[:.h]\\p{Nd}{2}\\s*(?:[ap]\\.?\\s?m\\.?)?"
            + "(?:\\s*(?:" + ZONE.pattern().replace("(?i)", "") + "))?");

    /** "in Off-topic by Woady", "Posted in News by admin": a listing places a post in its section; comments have none. */
    private static final Pattern IN_CATEGORY = Pattern.compile("(?i)(?:posted\\s+|filed\\s+)?(?:in|under|dans|en)\\s+.{1,40}"
            + "\\s+(?:by|von|par|por)\\s+\\S.*");

    /**
     * The verb between a name and its date on one line: "Blitz Posted on August 9, 2012", "Anna schrieb am …"; a text
     * copy may glue it to the name, the two having been separate elements ("Daveywrote on November 13th, 2012").
     */
    private static final Pattern POSTED_TAIL = Pattern.compile("(?i)(?<=\\S)\\s+(?:posted|wrote|commented|replied|schrieb|"
            + "a répondu|antwortete|respondió|"
            + "geschrieben|verfasst|publié|écrit|escribió|publicado|" + CueWords.SAYS + ")$"
            + "|(?<=\\S[\\p{Ll}\\p{Nd}])(?-i:wrote|commented|replied|schrieb)$");

    /**
     * What follows a byline's date is only its controls, one after another ("Link To Comment | Reply To Comment",
     * "Reply · Report"): the byline is whole.
     */
    static boolean controlsOnly(String after) {
        String[] parts = after.split("\\s*[|·•]\\s*");
        int controls = 0;
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            if (!TRAILER.matcher(p.strip()).matches()) {
                return false;
            }
            controls++;
        }
        return controls > 0;
    }
    private static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");
    private static final Pattern BLOGGER_ICON = Pattern.compile("^Blogger\\s+(?=\\S)");

    /** "1. on 2012-10-09 at 9:00 am [26230] Olaf van der Spek", "On November 1, 2012 at 10:12 am Maggie said:". */
    private static Header dateThenName(String line, int i, Optional<TimestampParser.Match> m) {
        if (m.isEmpty()) {
            return null;
        }
        // a list number right before the date ("1. 17. Jul, 2012 / Suchitra says:") is no name
        String before = bareName(line.substring(0, m.get().start()).strip().replaceFirst("^\\d{1,4}[.)]$", "")).replaceFirst("(?i)^(?:posted\\s+)?(?:on|am|le|el)?$", "");
        if (!before.isEmpty() && !CommentFields.WEEKDAY.matcher(before.replaceFirst("[.,]$", "")).matches()) {
            return null;   // a weekday before an ISO date is the date's ("Fri, 2012-11-09 17:18 — Ciaran Goggins")
        }
        String name = line.substring(m.get().end()).replaceAll("\\[[^\\]]*\\]", " ")
                .transform(s -> SAYS_TAIL.matcher(s).replaceFirst(""))
                .replaceFirst("^[\\s|,\\-–—:·•/]+", "").replaceFirst("(?i)^by\\s+", "").strip();
        if (TRAILER.matcher(name).matches()) {
            return null;   // "…, 36 replies": a teaser's counter
        }
        if (name.matches("^\\(.*\\)$") && CLOCK.matcher(name).find()) {
            return new Header(i, "", m.get(), false);   // "15 seconds ago (7:18 PM)": the same time again, no name
        }
        name = bareName(name);   // "Thu, 08/09/2012 - 14:32 | 2691789 ReallySparky": the user's number before the name
        if (name.isEmpty() || !NAME.matcher(name).matches() || NOT_AN_AUTHOR.matcher(name).matches() || ZONE.matcher(name).matches()
                || words(name) > DATE_NAME_WORDS || TRAILER.matcher(name).matches() || name.matches(".*[.!?]$")) {
            return null;
        }
        return new Header(i, CommentFields.cleanAuthor(name), m.get(), false);
    }

    /** A sentence, then ", author" / ", study" (six words or more before the comma). */
    private static final Pattern HEADLINE_SUBJECT = Pattern.compile("^(?:\\S+\\s+){5,}\\S+,[\"”’']?\\s+\\p{Ll}+$");

    /** The end of a headline wrapped onto its own line: a lower-case word first, or words after a comma ("created equal, author"). */
    private static final Pattern WRAPPED_SUBJECT = Pattern.compile("^\\p{Ll}.*\\s|,\\s+\\p{Ll}+$");

    private static Header said(String line, int i) {
        Matcher m = SAID.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String name = bareName(m.group(1));
        if (name.isEmpty() || HEADLINE_SUBJECT.matcher(name).find()) {
            return null;   // a headline's source ("Not all fruits, vegetables are created equal, author says")
        }
        return new Header(i, CommentFields.cleanAuthor(name), null, false);
    }

    private static Header postedBy(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        String line = lines.get(i);
        Matcher m = POSTED_BY.matcher(line);
        if (!m.find()) {
            m = BY_ON.matcher(line);
            if (!m.matches()) {
                return byThenDate(lines, i, options, ref);
            }
            // the date must open what follows the name, and only a few control words may follow it
            TimestampParser.Match t = TimestampParser.find(m.group(2), options.zone(), ref).orElse(null);
            if (t == null || t.start() > 0 || m.group(2).length() - t.end() > 40
                    || !NAME.matcher(m.group(1)).matches() || m.group(1).split("\\s+").length > 6) {
                return byThenDate(lines, i, options, ref);   // ("by Ann July 19, 2013 3:21 AM EDT": no German "am")
            }
            return new Header(i, CommentFields.cleanAuthor(m.group(1)), t, true);
        }
        TimestampParser.Match t = TimestampParser.find(m.group(2), options.zone(), ref).orElse(null);
        String rest = line.substring(m.start(1));
        TimestampParser.Match inName = TimestampParser.find(m.group(1), options.zone(), ref).orElse(null);
        if (inName != null && inName.start() > 0) {
            // "Posted by: MJ CA(SA), 01 Oct 2011 | 18:12": the name ends at its comma, the date follows it
            TimestampParser.Match whole = TimestampParser.find(rest, options.zone(), ref).orElse(inName);
            String name = m.group(1).substring(0, inName.start()).replaceAll("[\\s,;|\\-–—]+$", "");
            return name.isEmpty() ? null : new Header(i, CommentFields.cleanAuthor(name), whole, true);
        }
        if (t == null) {
            return null;
        }
        // old Blogger pages print the profile icon's alt text before the name: "posted by Blogger Joe : 11:58 AM"
        return new Header(i, CommentFields.cleanAuthor(BLOGGER_ICON.matcher(m.group(1)).replaceFirst("")), t, true);
    }

    /** "by", then the rest of the line. */
    private static final Pattern BY_NAME = Pattern.compile("(?i)^(?:by|von|par|por|" + CueWords.BY + ")\\s+(\\S.{0,100})$");

    /** "by carlloeber July 19, 2013 3:21 AM EDT": a name of one to four words, then its date and time. */
    private static Header byThenDate(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        String line = lines.get(i);
        Matcher m = BY_NAME.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(m.group(1), options.zone(), ref).orElse(null);
        if (t == null || t.start() == 0 || m.group(1).length() - t.end() > 40 || !CLOCK.matcher(t.raw()).find()) {
            return null;   // (a listing's "by KC_Suns_Fan 23 days ago" or "by AP July 19, 2013" has no time of day)
        }
        String name = m.group(1).substring(0, t.start()).replaceAll("[\\s,;|\\-–—]+$", "").strip();
        if (!NAME.matcher(name).matches() || name.split("\\s+").length > 4 || NOT_AN_AUTHOR.matcher(name).matches()
                || !HAS_LETTER.matcher(name).find()) {
            return null;
        }
        // over its text (CBS); see withoutAmbiguousBylines for where the page leaves it unclear
        return new Header(i, CommentFields.cleanAuthor(name), t, false);
    }

    /**
     * The "by NAME DATE TIME" bylines of a page ({@link #byThenDate}), unless one of them has text right above it
     * (past blank lines; a control such as "Reply to this comment", or the thread's heading or count, is no text):
     * then they may as well close their texts, or be a story list's (headline, byline, teaser), and say neither.
     */
    private static void withoutAmbiguousBylines(List<String> lines, List<Header> headers, Set<Integer> byTimeLines) {
        List<Header> byTime = headers.stream().filter(h -> byTimeLines.contains(h.line())).toList();
        for (Header h : byTime) {
            int above = previousLine(lines, h.line());
            String l = above < 0 ? "" : lines.get(above).strip();
            if (above >= 0 && !TRAILER.matcher(l).matches() && !COMMENTS_HEADING.matcher(l).find()
                    && !COMMENTS_CUE.matcher(l).lookingAt()) {
                headers.removeAll(byTime);
                return;
            }
        }
    }

    /** "– Vogel612" over its date line, under the text (Stack Exchange comments): a signature footer. */
    static final Pattern DASH_SIGNATURE = Pattern.compile("^[–—-]\\s*(\\S.{0,58})$");

    private static Header dashSignature(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        Matcher m = DASH_SIGNATURE.matcher(lines.get(i));
        if (!m.matches() || i + 1 >= lines.size() || !isDateLine(lines.get(i + 1), options, ref)) {
            return null;
        }
        String name = bareName(m.group(1));
        if (!nameAlone(name, options, ref) || !HAS_LETTER.matcher(name).find() || name.split("\\s+").length > 4) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(lines.get(i + 1), options.zone(), ref).orElse(null);
        return new Header(i, CommentFields.cleanAuthor(name), t, true, i + 2);
    }

    /** An image a text browser printed as its file name ("[comments.gif]-Submit"): no announcement of comments. */
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(?:gif|png|jpe?g|svg|webp|bmp)\\]");

    /** The first line that announces the comments ("10 Comments", "Kommentare", "Discuss this post"), or -1. */
    /** A comment's own fold control, in a title bar over it ("Collapse Comment 16GB?"): no announcement. */
    private static final Pattern FOLD_CONTROL = Pattern.compile("(?i)^\\W*(?:collapse|expand|minimi[sz]e|einklappen|ausklappen|"
            + "réduire|replier|déplier|contraer|expandir)(?![\\p{L}])");

    /** A folded thread's count under a comment: "(1 Hidden)", "(3 replies)". */
    private static final Pattern FOLD_COUNT = Pattern.compile("\\(\\d{1,4}\\s+\\p{L}+\\)");

    /** A count of none after the word: "Comments (0)", "Kommentare [0]", "Comments: 0". */
    static final String NONE_AFTER = "\\p{L}\\s*(?:\\(\\s*0\\s*\\)|\\[\\s*0\\s*]|:\\s*0)\\s*$";
    /** A count of none after the word or before it ("Comments (0)", "Comments: 0", "• Comments0", "0 Comments"). */
    private static final Pattern NONE_COUNTED = Pattern.compile("(?i)" + NONE_AFTER + "|\\p{L}0\\s*$"
            + "|^\\W*(?:0|no)\\s+(?:comments?|kommentare?|commentaires?|comentarios?|responses?|replies)\\b");
    /**
     * The verb in a sentence ("Apple wouldn't comment on the removal", "declined to comment on", or the sentence's
     * wrapped rest, "comment on the removal process when reached."), no announcement.
     */
    private static final Pattern DECLINED = Pattern.compile("(?i)(?:n['’]t|\\bnot|\\bto|\\bwould|\\bwill|\\bcould|\\bdeclined|"
            + "\\brefused)\\s+comment\\s+(?:on|about)\\b.*\\.$|^(?-i:comment)\\s+(?:on|about)\\s.*\\.$");
    /** A news dateline opening a text: a place in capitals, the agency, a dash ("CAIRO (Reuters) - ", "PARIS — "). */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .'-]{2,30}(?:,\\s*[\\p{L} .]{2,20})?\\s*(?:\\([^)]{2,30}\\))?\\s*[-–—]\\s");
    /** A count in an announcement ("One Response to", "3 Comments", "Kommentare (12)"). */
    private static final Pattern COUNTED = Pattern.compile("(?i)\\d|\\b(?:one|two|three|ein|eine|un|une|uno|una)\\b");

    private static int commentsCue(List<String> lines, List<Header> headers) {
        boolean actionUnderEachPost = lines.stream().filter(l -> ADD_COMMENT.matcher(l).lookingAt()).count() >= 2;
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            // a count with its form's link or a tab beside it ("3 Comments Leave a comment") heads a thread only above
            // it: under two records or more it is a teaser's meta line below the thread ("3 CommentsRead More")
            if (lines.get(i).length() <= 100 && (COMMENTS_CUE.matcher(lines.get(i)).lookingAt()
                    || COUNT_HEADING.matcher(lines.get(i)).matches() && headers.stream().filter(h -> h.line() < at).count() < 2)
                    && !IMAGE_FILE.matcher(lines.get(i)).find() && !FOLD_CONTROL.matcher(lines.get(i)).lookingAt()
                    && !(actionUnderEachPost && ADD_COMMENT.matcher(lines.get(i)).lookingAt())
                    && !DECLINED.matcher(lines.get(i)).find() && !formImage(lines, i)) {
                return i;   // an "Add a comment" under each post is an action, no announcement
            }
        }
        return -1;
    }

    /**
     * How a record's time is shown, as far as a thread and a sidebar differ in it: none, a day, or a day with its time
     * of day. A thread's readers share it; a sidebar's list under them ("October 3, 2012" under "Name said,", a day under
     * "July 30, 2012 at 12:29 am") shows another.
     */
    private static String timeShape(String raw) {
        return raw.isBlank() ? "none" : CLOCK.matcher(raw).find() ? "clock" : "day";
    }

    /**
     * Whether a line from {@code from} up to {@code to} (exclusive) ends a thread: a form's field with its label or
     * button ("[          ] Username (*required)"; a line of underscores alone may be a reader's signature rule or
     * lynx's rule), "Leave a reply" or "Related posts" as a heading, a sidebar's heading.
     */
    private static boolean threadEndsBetween(List<String> lines, int from, int to) {
        for (int j = from; j < to; j++) {
            String l = lines.get(j);
            if (isFormField(l) && !RULE.matcher(l.strip()).matches() || SIDEBAR.matcher(l).matches()
                    || STOP.matcher(l).matches() && STOP_HEADING.matcher(l.strip()).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A line that is only a word in brackets. */
    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]{1,40}\\]");

    /**
     * A thread's end as a heading alone: a few words, no web address, no "©" ("Leave a reply", "Related posts"). A
     * reader's "Related articles: http://…" or "© 2012 Joe Smith" under a comment is the comment's.
     */
    private static final Pattern STOP_HEADING = Pattern.compile("(?!©)(?!.*://)(?:\\S+\\s+){0,5}\\S+");

    /** A line of underscores alone: lynx's print of a rule or of a text box, or a reader's signature rule. */
    private static final Pattern RULE = Pattern.compile("_{8,}");
    /** A form's field alone on its line, as w3m prints a text area's rows: "[                    ]". */
    private static final Pattern BARE_FIELD = Pattern.compile("\\[\\s+\\]");

    /**
     * A form's image button as w3m prints it, the image's file name in brackets right under the form's text area
     * ("[comments]" for "comments.gif", under "[          ]" alone on its line, with more fields above): no heading.
     * A search or subscription box ("Search this blog: [     ] [Go]") over a heading image is no comment form.
     */
    private static boolean formImage(List<String> lines, int i) {
        int above = previousLine(lines, i);
        if (!BRACKETED.matcher(lines.get(i).strip()).matches() || above < 0
                || !BARE_FIELD.matcher(lines.get(above).strip()).matches()) {
            return false;
        }
        int fields = 0;
        for (int j = Math.max(0, above - FORM_REACH); j < above; j++) {
            fields += isFormField(lines.get(j)) ? 1 : 0;
        }
        return fields >= 2;
    }

    /** How many lines above its text area a comment form's other fields may stand. */
    private static final int FORM_REACH = 15;

    /** A form's input as a text browser prints it: w3m's "[          ]", lynx's "____________________" and "[ ]". */
    private static final Pattern FORM_FIELD = Pattern.compile("\\[(?:\\s+|\\s{3,}[^\\]]*)\\]|_{8,}");

    static boolean isFormField(String line) {
        return FORM_FIELD.matcher(line).find();
    }

    static boolean isStop(String line) {
        return STOP.matcher(line).matches();
    }

    static boolean isTrailer(String line) {
        return TRAILER.matcher(line).matches();
    }

    static boolean isCommentsCue(String line) {
        return COMMENTS_CUE.matcher(line).lookingAt() || COMMENTS_TITLE.matcher(line).matches();
    }

    static boolean isChrome(String line) {
        return CHROME_LINE.matcher(line).lookingAt();
    }

    private static final Pattern ADD_COMMENT = Pattern.compile("(?i)^\\W*(?:add|post|leave|write) a comment\\b");

    /** A list item's first line holding only its bullet and a score ("• 2"): where a Stack Exchange comment opens. */
    private static final Pattern ITEM_START = Pattern.compile("^[•*·◦]\\s*[+\\-−]?\\d{0,5}$");

    private static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}\\p{L}+");

    /**
     * Link lists repeated under many comments ("• Login or register to post comments"): three words or more, at least
     * two of them lower-case words, no sentence's end, on three lines or more. They are chrome, never a name, and no
     * comment's last line (unless it is all the comment holds).
     */
    static Set<String> repeatedPhrases(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : lines) {
            if (!l.isEmpty() && l.length() <= 80 && LIST_BULLET.matcher(l).lookingAt()) {
                counts.merge(chromeKey(l), 1, Integer::sum);
            }
        }
        Set<String> out = new HashSet<>();
        counts.forEach((k, n) -> {
            if (n >= 3 && k.split("\\s+").length >= 3 && !k.matches(".*[.!?…:]$") && LOWER_WORD.matcher(k).results().count() >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    /** The marks w3m prints before a list item, at each depth of nesting. */
    static final String BULLETS = "•*·◦□☆●";
    private static final Pattern LIST_BULLET = Pattern.compile("^\\s*[" + BULLETS + "]\\s*");

    private static String chromeKey(String line) {
        return LIST_BULLET.matcher(line).replaceFirst("");
    }

    /** "(244 comments)", "12 Comments": a teaser's counter, never the first words of a comment. */
    private static final Pattern COUNTER = Pattern.compile("(?i)^[(\\[]?\\d[\\d,.]*\\s+(?:comments?|responses?|replies|kommentare?|"
            + "commentaires?|comentarios?|" + CueWords.COMMENTS + ")[)\\]]?$");

    /**
     * A record whose text opens with a comment counter, or whose first lines hold a line that is a date and nothing
     * else: the text ran on over a list of dated items (teasers, "8 hours ago" under each headline), not one reader's
     * words.
     */
    private static boolean listed(List<String> body, ExtractOptions options, OffsetDateTime ref) {
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

    static boolean isDateLine(String l, ExtractOptions options, OffsetDateTime ref) {
        if (l.isEmpty() || l.length() > 80) {
            return false;
        }
        Optional<TimestampParser.Match> m = TimestampParser.find(l, options.zone(), ref);
        if (m.isEmpty() || TimestampParser.inSpan(l, m.get())) {
            return false;
        }
        String lead = l.substring(0, m.get().start()).strip();
        // (a time before the date is the date's own: "03:24 AM on 9/19/2010" matches from its first digit)
        if (!(m.get().start() <= 2 || DATE_LEAD.matcher(lead).matches() || MASKED_IP.matcher(lead).matches())) {
            return false;
        }
        // a longer rest only as the zone's offset and the byline's controls: "… 12:45 pm (UTC -4) Link to this comment"
        return l.length() - m.get().raw().length() <= 28 || m.get().end() <= l.length()
                && controlsOnly(UTC_OFFSET.matcher(l.substring(m.get().end())).replaceFirst("").strip());
    }

    /** A zone given as its offset after a time: "(UTC -4)", "GMT+2", "(UTC+05:30)". */
    private static final Pattern UTC_OFFSET = Pattern.compile("(?i)^\\s*\\(?(?:UTC|GMT)\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?\\)?");

    /** A poster's address, masked as forums print it before the date ("78.88.189.* 2015-08-16 01:15"). */
    private static final Pattern MASKED_IP = Pattern.compile("(?i)^(?:ip:?\\s*)?\\d{1,3}(?:\\.\\d{1,3}){1,2}\\.(?:\\*|x{1,3})$");

    /**
     * The next comment's avatar as a dump shows it: its alt text ("Keir's picture"), or a bullet alone; the next list
     * item's bullet and number ("• 2") is cut off the same way.
     */
    private static final Pattern NEXT_AVATAR = Pattern.compile("(?i)^(?:\\S+\\s+){0,3}\\S+['’]s\\s+(?:picture|avatar|photo"
            + "|profile picture|user picture)$|^[•*·◦□]$");

    /**
     * A pager a reader might also write ("Next", "Weiter", "Older", "1 2 3", "Load more", "Page 2 of 5"), at the body's
     * end: the thread's only where it stands under the comment's own controls ("Reply", past blank lines and other
     * such pager lines), as a reader's text never does.
     */
    private static final Pattern BARE_PAGER = Pattern.compile("(?i)^(?:[•*·◦]\\s*)?(?:previous|prev|next|older|newer|"
            + "weiter|zurück|suivant|précédent|anterior|siguiente|load more|show more|mehr laden|plus|más|"
            + "page\\s+\\d+\\s+(?:of|von|sur|de)\\s+\\d+|seite\\s+\\d+\\s+von\\s+\\d+|"
            + "(?:\\d{1,3}[\\s,]+){1,12}\\d{1,3})$");

    private static boolean pagerAfterControls(List<String> kept) {
        int last = kept.size() - 1;
        if (!BARE_PAGER.matcher(kept.get(last)).matches()) {
            return false;
        }
        for (int i = last - 1; i >= 0; i--) {
            String l = kept.get(i);
            if (l.isEmpty() || BARE_PAGER.matcher(l).matches() || ITEM_START.matcher(l).matches()) {
                continue;
            }
            return TRAILER.matcher(l).matches() && i > 0;
        }
        return false;
    }

    static String tidy(List<String> body, Set<String> chrome) {
        List<String> kept = new ArrayList<>(body);
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).isEmpty()
                || TRAILER.matcher(kept.get(kept.size() - 1)).matches()
                || (NEXT_AVATAR.matcher(kept.get(kept.size() - 1)).matches() || ITEM_START.matcher(kept.get(kept.size() - 1)).matches()
                        || FOLD_CONTROL.matcher(kept.get(kept.size() - 1)).lookingAt()   // the next one's title bar
                        || FOLD_COUNT.matcher(kept.get(kept.size() - 1)).matches())
                        && kept.stream().filter(l -> !l.isEmpty()).count() > 1
                || chrome.contains(chromeKey(kept.get(kept.size() - 1))) && kept.stream().filter(l -> !l.isEmpty()).count() > 1
                || pagerAfterControls(kept))) {
            kept.remove(kept.size() - 1);
        }
        StringBuilder sb = new StringBuilder();
        boolean gap = false;
        for (String l : kept) {
            if (l.isEmpty()) {
                gap = sb.length() > 0;
                continue;
            }
            if (sb.length() > 0) {
                sb.append(gap ? "\n" : " ");
            }
            sb.append(l);
            gap = false;
        }
        return sb.toString().strip();
    }
}
