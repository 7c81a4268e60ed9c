package io.commentpulse.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.commentpulse.extract.CopyLines.previousLine;
import static io.commentpulse.extract.CopyLines.previousNonBlank;
import static io.commentpulse.extract.TextBylines.DIGIT;
import static io.commentpulse.extract.TextBylines.HAS_LETTER;
import static io.commentpulse.extract.TextBylines.Header;
import static io.commentpulse.extract.TextListings.prose;

/**
 * Where a thread begins and ends in a plain-text copy: comments headings and counts in the four languages, the
 * comment form and its fields, menus, sort tabs and the sidebars under a thread.
 */
final class ThreadBounds {
    private ThreadBounds() {
    }

    /**
     * A comment form's own lines, in the four languages and Arabic: its heading or button ("Leave a Reply", "Post a
     * comment", "Kommentar schreiben"), the comment system's notice under the thread ("Comments are filtered for
     * language and registration is required.", "Comments are moderated"), its fields' help ("Your email address will
     * not be published"), Disqus' closing line.
     */
    private static final String FORM_WORDS = "leave a (?:comment|reply)"
            + "|leave your (?:comment|reply)s?(?:\\s+below)?[\\s.…:!]*$|post a comment|add (?:a|your) comment|"
            + "add your opinion|post your (?:comment|opinion)|"
            + "comments are (?:filtered|moderated|reviewed|screened|subject to|closed)\\b|kommentare sind geschlossen|"
            + "write a comment|comment on this (?:post|article|story|entry)|kommentar schreiben|schreibe einen kommentar|"
            + "hinterlasse einen kommentar|deine e-mail-adresse wird nicht veröffentlicht|"
            + "your email address|save my name, email,? and website|laisser un commentaire|laisser une réponse|votre adresse (?:e-?)?mail ne sera pas publiée|"
            + "deja un comentario|deja una respuesta|escribe un comentario|escribir un comentario|añadir un comentario|"
            + "agregar un comentario|écrire un commentaire|ajouter un commentaire|(?:blog )?comments powered by|"
            + CueWords.FORM;

    /** A line of a comment form ({@link #FORM_WORDS}): there is a place for comments on the page. */
    private static final Pattern FORM_LINE = Pattern.compile("(?i)^(?:" + FORM_WORDS + ").*");

    /** Where a thread ends: the comment form, the site's related stories, its copyright line. */
    static final Pattern STOP = Pattern.compile("(?i)^(?:" + FORM_WORDS
            + "|you may also like|related (?:posts|articles|stories)|©|" + CueWords.RELATED + ").*"
            + "|^(?i:also on)(?:\\s+(?-i:\\p{Lu})[^\\s.!?]*){1,4}$");   // Disqus' "Also on Hardwood Hub": other posts' list

    /**
     * The site's suggestions as a heading alone ("Recettes suggérées", "Related recipes", "Vidéo suggérée", "Vous
     * aimerez aussi"): under a comments heading and before any comment, the thread is empty; the titles under it are
     * other pages', not undated comments.
     */
    static final Pattern SUGGESTIONS = Pattern.compile("(?i)^(?:you might also like|(?:suggested|similar) "
            + "(?:recipes|videos?|articles|posts)|related (?:recipes|videos?)|(?:recettes|articles|vidéos?) "
            + "(?:suggérée?s?|similaires)|vous aimerez (?:peut-être )?aussi|ähnliche (?:rezepte|artikel|beiträge)|"
            + "(?:recetas|vídeos?|artículos) (?:sugerid[ao]s|similares|relacionad[ao]s))\\s*:?$");

    /**
     * A site's list of its own posts, as a heading alone ("Popular", "Recent Posts", "Trending now"): a sidebar's
     * heading where {@link #sidebarHeading} reads one (over dated entries, not beside a thread's sort control); words
     * a reader may write on a line of their own, so they end no comment's text.
     */
    private static final Pattern POSTS_LIST = Pattern.compile("(?i)^(?:popular|(?:recent|latest) posts|"
            + "trending(?: now| stories| posts)?|beliebte beiträge|articles populaires|entradas populares)\\s*:?$");

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
            + "neueste kommentare|commentaires récents|comentarios recientes|" + CueWords.RECENT_COMMENTS_MORE + ")\\s*:?$");

    static final Pattern COMMENTS_HEADING = Pattern.compile("(?i)\\b(?:comments?|kommentare?|commentaires?|"
            + "comentarios?|responses|replies|reactions)\\b|"
            + CueWords.word(CueWords.COMMENTS + "|" + CueWords.READER_OPINIONS + "|" + CueWords.COMMENTS_MORE));

    static final Pattern COMMENTS_TITLE = Pattern.compile("(?i)^[\\[(#\\s]*(?:\\d+\\s+)?"
            // the editors' choice of them ("Featured Comments", "Ausgewählte Kommentare", "Comentarios destacados")
            + "(?:(?:featured|selected|highlighted|ausgewählte|empfohlene)\\s+)?"
            + "(?:(?:reader|visitor|user|member)s?['’]?\\s+)?"
            + "(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|responses?|replies|reactions|leserkommentare|have your say|what readers (?:are )?say(?:ing)?|留言列表|留言|評論|评论|回應|コメント|"
            + CueWords.READER_OPINIONS + "|" + CueWords.COMMENTS + "|" + CueWords.COMMENTS_MORE + ")"
            + "(?:\\s+(?:à la une|sélectionnés|destacados|seleccionados))?\\s*(?:\\(\\d+\\))?"
            // the order they are shown in ("Visitor Opinions (latest shown first)", "Comments (newest first)")
            + "(?:\\s*\\((?:latest|newest|oldest)[\\p{L} ]{0,20}\\))?[:\\])]*"
            // an icon beside it, as a text browser prints its name ("Featured Comments [icon_boardroom]")
            + "(?:\\s+\\[[\\w.-]{1,40}\\])?$");

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
            + CueWords.READER_OPINIONS + "|" + CueWords.COMMENTS_MORE + ")"
            // then the end, a sign, or a word that leads to the article ("Responses to", "Kommentare zu"), never a
            // noun of its own ("Comment Policy" in a menu)
            + "(?![\\p{L}])(?=\\s*$|\\s*[^\\p{L}\\s]|\\s+(?:on|to|so far|for|about|zu|zum|sur|à|de|del|sobre)(?![\\p{L}])"
            // the words that lead on to the article in the language of the noun before them only ("Commentaires
            // pour", "comentarios en", "Kommentare für", "reacties op", "commenti su"; never "Comment a-t-il…?")
            + "|(?<=commentaires|commentaire)\\s+(?:pour|au sujet de)(?![\\p{L}])"
            + "|(?<=comentarios|comentario)\\s+(?:en|a|para)(?![\\p{L}])|(?<=kommentare|kommentar)\\s+für(?![\\p{L}])"
            + "|(?<=reacties)\\s+op(?![\\p{L}])|(?<=commenti)\\s+su(?![\\p{L}]))"
            // Arabic: at most two words before the noun ("عدد التعليقات"), no sentence before them
            + "|^[^\\p{L}]*(?:\\p{L}+\\s+){0,2}(?:" + CueWords.COMMENTS + ")(?![\\p{L}])"
            + "(?=\\s*$|\\s*[^\\p{L}\\s]|\\s+(?:" + CueWords.ABOUT + ")(?![\\p{L}]))");

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

    /**
     * A count of comments ("4 comments", "76Comments", "12 Kommentare", "3 réactions"): on a byline or date line it
     * dates a post in a listing (a teaser, a forum topic, the article's own byline); a comment never counts comments.
     */
    private static final Pattern COMMENT_COUNT = Pattern.compile("(?i)(?<![\\p{L}\\d#№])\\d+\\s*(?:comments?|kommentare?|"
            + "commentaires?|comentarios?|réactions?|reacties|reacciones)(?![\\p{L}])"
            + "(?!\\s+(?:by|from|von|de|par|por)\\b)");   // "#1 Kommentar von Naru-chan" numbers one comment

    /** Whether a line above {@code end} counts exactly {@code n} comments, as a post's meta line does ("8 COMMENTS"). */
    static boolean countedAbove(List<String> lines, int end, int n) {
        for (int j = 0; j < Math.min(end, lines.size()); j++) {
            Matcher m = COMMENT_COUNT.matcher(lines.get(j));
            while (n > 0 && m.find()) {
                String digits = m.group().replaceAll("\\D", "");
                if (digits.length() <= 6 && Integer.parseInt(digits) == n) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lines of a record's byline: its header line and, for a name over a date line, the lines to its text. */
    static boolean countsComments(List<String> lines, Header h) {
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

    /** "Leave a Comment" (a comment form) right after the last header's text: the comments sit above it. */
    static boolean formAfter(List<String> lines, List<Header> headers) {
        if (headers.isEmpty()) {
            return false;
        }
        int last = headers.get(headers.size() - 1).line();
        for (int j = last + 1; j < Math.min(lines.size(), last + 60); j++) {
            if (FORM_LINE.matcher(lines.get(j)).matches()) {
                return true;   // (a footer's "©" or a list of related stories says nothing of comments)
            }
        }
        return false;
    }

    /**
     * Under line {@code from} (the last dated byline), a count of comments stands over nothing but the comment form
     * ("53 Comments »" / "53 Responses to “1,400 Rectangles”" / "Leave a Reply"): the copy does not hold its thread (a
     * script fills it, or it was left out), so the bylines above it are the article's, none of those comments.
     */
    static boolean countOverNothing(List<String> lines, int from) {
        for (int j = from + 1; j < lines.size(); j++) {
            String l = lines.get(j);
            // (the form's own heading is no count: "Laisser un commentaire" says "un" without counting)
            // (the count first: most lines have none, and it is the quickest test)
            if (l.length() <= 100 && COUNTED.matcher(l).find()
                    && (COMMENTS_CUE.matcher(l).lookingAt() || COUNT_HEADING.matcher(l).matches())
                    && !FORM_LINE.matcher(l.strip()).matches() && !NONE_COUNTED.matcher(l).find() && emptyUnderCount(lines, j)) {
                return true;
            }
        }
        return false;
    }

    /** Nothing but the comment form under line {@code cue}: its line next, or after other comments headings only. */
    private static boolean emptyUnderCount(List<String> lines, int cue) {
        for (int j = cue + 1; j < lines.size(); j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (FORM_LINE.matcher(l).matches()) {
                return true;
            }
            if (l.length() > 100 || !COMMENTS_CUE.matcher(l).lookingAt() && !COUNT_HEADING.matcher(l).matches()) {
                return false;
            }
        }
        return false;
    }

    static int firstBlockStart(List<String> lines, int footer, int prevEnd) {
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
     * A control to show the whole thread ("View all") or a notice of its feed alone between the thread's sort tabs or
     * heading and a comment's text: left over its first comment, whose byline stands under its text (later comments
     * start under the byline before them, and keep such lines: "RIP", "Nick,").
     */
    static boolean leadingControl(List<String> lines, int j, int footer) {
        String l = lines.get(j).strip();
        int above = previousLine(lines, j);
        return !l.isEmpty() && j + 1 < footer && lines.get(j + 1).isBlank() && above >= 0 && above < j - 1
                && (sortTabs(lines, above) || COMMENTS_TITLE.matcher(lines.get(above)).matches())
                && (VIEW_ALL.matcher(l).matches() || feedNotice(l))
                && lines.subList(j + 1, footer).stream().anyMatch(x -> prose(x));
    }

    /**
     * A notice that the thread can be followed by its feed ("Feed You can follow this conversation by subscribing to
     * the comment feed for this post."): a subscribing word and a feed's name in one short line.
     */
    private static boolean feedNotice(String line) {
        return line.length() <= FEED_NOTICE_CHARS && SUBSCRIBING.matcher(line).find() && FEED_NAME.matcher(line).find();
    }

    private static final Pattern SUBSCRIBING = Pattern.compile("(?i)subscrib|abonnier|s'abonner|abonnez|suscrib");
    private static final Pattern FEED_NAME = Pattern.compile("(?i)\\b(?:feed|rss|atom)\\b");
    private static final int FEED_NOTICE_CHARS = 120;

    /** How many lines over the first byline a sidebar's heading is read as heading it. */
    private static final int NEAR_SIDEBAR = 12;

    /**
     * A sidebar's heading after the thread's second byline ("Most popular Videos", "Recent comments", "Other Stories")
     * ends the thread: the dated items under it are that list's, not more comments (unless a comments heading opens a
     * thread again under it).
     */
    static void cutAtSidebar(List<String> lines, List<Header> headers) {
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
     * On a page that announces no thread, the bylines under a sidebar's heading ("Popular", "Recent Posts"), the first
     * at most {@link #NEAR_SIDEBAR} lines under it and each next one as near the one before: that list's entries,
     * wherever the list stands (a list of dated entries above it may have been taken off already). Returns how many
     * were dropped.
     */
    static int dropUnderSidebar(List<String> lines, List<Header> headers) {
        List<Header> listed = new ArrayList<>();
        int prev = -1;
        int last = -1;
        for (Header h : headers) {
            boolean under = last >= 0 && h.line() - last <= NEAR_SIDEBAR;
            for (int j = h.line() - 1; !under && j > Math.max(prev, h.line() - 1 - NEAR_SIDEBAR); j--) {
                under = sidebarHeading(lines, j);
            }
            if (under) {
                listed.add(h);
            }
            last = under ? h.line() : -1;
            prev = h.line();
        }
        headers.removeAll(listed);
        return listed.size();
    }

    /**
     * A sidebar's heading over the first byline, at most {@link #NEAR_SIDEBAR} lines above it, on a page whose comments
     * have no heading over them ({@code from} is -1; under a comments heading it is the thread's sort tab).
     */
    static boolean sidebarOver(List<String> lines, int from, int first) {
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

    /** A bullet or star before a line's words, and the space after it. */
    private static final Pattern LEADING_BULLET = Pattern.compile("^[•*]\\s*");

    /**
     * A sidebar's heading ("Most popular", "• Latest Tweets", "EDITORS' PICKS"), and not a thread's sort control: no
     * sort word ("Sort by:", "• Newest", "Oldest first") next to it, and no comments heading right over it.
     */
    static boolean sidebarHeading(List<String> lines, int j) {
        String heading = LEADING_BULLET.matcher(lines.get(j).strip()).replaceFirst("");
        if (!SIDEBAR.matcher(heading).matches() && !POSTS_LIST.matcher(heading).matches()) {
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

    /**
     * The comment form's invitation or its sign-in buttons, on a line of their own under the last comment ("Join the
     * discussion with Business Insider", "Login With Facebook Login With Twitter", "Mit Facebook anmelden"): where a
     * comment's text runs into them, it has ended. Above a thread (Disqus' "Join the discussion…") they head no text.
     */
    static final Pattern FORM_PROMPT = Pattern.compile("(?i)^(?:(?:log\\s?in|sign\\s?in|connect|continue)\\s+(?:with|using|via)\\s+"
            + "(?:facebook|twitter|google|disqus|yahoo|openid|linkedin|apple)\\b.*"
            + "|(?:mit|über)\\s+(?:facebook|twitter|google)\\s+(?:anmelden|einloggen)\\b.*"
            + "|(?:se connecter|connexion|connectez-vous)\\s+(?:avec|via)\\s+(?:facebook|twitter|google)\\b.*"
            + "|(?:iniciar sesión|inicia sesión|conéctate|entrar)\\s+con\\s+(?:facebook|twitter|google)\\b.*"
            // (also behind a short question and "click here to": "Got Feedback? Click Here to Join the Discussion")
            + "|(?:(?:[^.!?\\n]{1,30}[?!]\\s+)?click here to\\s+)?join the (?:discussion|conversation)"
            + "(?:\\s+(?:with|on|at)\\s+[^.!?]{1,60})?[.…]*)$");

    /** "Log in or register to join the discussion": the form's prompt above a thread, in the four languages. */
    static final Pattern LOG_IN_TO = Pattern.compile("(?i)(?:please\\s+)?(?:log\\s?in|sign\\s?in|register|sign\\s?up)"
            + "(?:\\s+(?:or|and|/)\\s+(?:log\\s?in|sign\\s?in|register|sign\\s?up|join)(?:\\s+now)?)?\\s+to\\s+(?:\\S+\\s+){0,3}"
            + "(?:comment|discussion|conversation|reply|post|join)\\S*\\s*[.!]?"
            + "|(?:anmelden|einloggen|registrieren|melden sie sich an)\\b.{0,40}\\bkommentier\\S*\\s*[.!]?"
            + "|(?:connectez-vous|identifiez-vous|inscrivez-vous)\\b.{0,40}\\bcommenter\\s*[.!]?"
            + "|(?:inicia sesión|inicie sesión|regístrate|registrate)\\b.{0,40}\\bcomentar\\s*[.!]?");

    private static final Pattern REPLIES = Pattern.compile("(?i)repl|antwort|réponse|respuesta");

    /** A comments heading or count among the first three lines after a byline (blank lines not counted). */
    static boolean headingRightAfter(List<String> lines, Header h) {
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

    static int commentsHeadingBefore(List<String> lines, int line) {
        int found = 0;
        for (int j = Math.max(0, line - 15); j < line; j++) {
            String l = lines.get(j);
            if (COMMENTS_TITLE.matcher(l).matches() && !inMenu(lines, j) && !inShareBar(lines, j)) {
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
    static List<Header> loneFooterUnderHeading(List<String> lines, List<Header> headers) {
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

    /** What heads a lone record ({@link #commentsHeadingBefore}): a comments title, or only a count of them. */
    private static final int TITLED = 1;

    static final int COUNTED_ONLY = 2;

    /**
     * A comment's length at most: under a count alone ("One Comment" in a post's meta line over its byline), a record
     * longer than this is the article read under its author's byline, not a reader's words.
     */
    static final int LONE_COMMENT_CHARS = 1500;

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
     * A line right beside a share control, no blank line between them ("Comment" / "Tweet"): the share bar's link to
     * the comments, not their heading.
     */
    static boolean inShareBar(List<String> lines, int j) {
        return j > 0 && shareControl(lines.get(j - 1)) || j + 1 < lines.size() && shareControl(lines.get(j + 1));
    }

    private static boolean shareControl(String line) {
        String l = line.strip().replaceFirst("^[•*]\\s*", "");
        return !l.isEmpty() && TextBylines.SHARE_CONTROL.matcher(l).matches();
    }

    /**
     * The last of eight or more list items in a row that are each a short entry alone (a site's menu), as a text
     * browser prints them: no commenter's name, since a comment's text stands between one name and the next.
     */
    static boolean lastOfMenu(List<String> lines, int i) {
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

    /** An image a text browser printed as its file name ("[comments.gif]-Submit"): no announcement of comments. */
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)\\.(?:gif|png|jpe?g|svg|webp|bmp)\\]");

    /** The first line that announces the comments ("10 Comments", "Kommentare", "Discuss this post"), or -1. */
    /** A comment's own fold control, in a title bar over it ("Collapse Comment 16GB?"): no announcement. */
    static final Pattern FOLD_CONTROL = Pattern.compile("(?i)^\\W*(?:collapse|expand|minimi[sz]e|einklappen|ausklappen|"
            + "réduire|replier|déplier|contraer|expandir)(?![\\p{L}])");

    /** A folded thread's count under a comment: "(1 Hidden)", "(3 replies)". */
    static final Pattern FOLD_COUNT = Pattern.compile("\\(\\d{1,4}\\s+\\p{L}+\\)");

    /** A count of none after the word: "Comments (0)", "Kommentare [0]", "Comments: 0". */
    static final String NONE_AFTER = "\\p{L}\\s*(?:\\(\\s*0\\s*\\)|\\[\\s*0\\s*]|:\\s*0)\\s*$";

    /** A count of none after the word or before it ("Comments (0)", "Comments: 0", "• Comments0", "0 Comments"). */
    static final Pattern NONE_COUNTED = Pattern.compile("(?i)" + NONE_AFTER + "|\\p{L}0\\s*$"
            + "|^\\W*(?:0|no)\\s+(?:comments?|kommentare?|commentaires?|comentarios?|responses?|replies)\\b");

    /**
     * The verb in a sentence ("Apple wouldn't comment on the removal", "declined to comment on", or the sentence's
     * wrapped rest, "comment on the removal process when reached."), no announcement.
     */
    private static final Pattern DECLINED = Pattern.compile("(?i)(?:n['’]t|\\bnot|\\bto|\\bwould|\\bwill|\\bcould|\\bdeclined|"
            + "\\brefused)\\s+comment\\s+(?:on|about)\\b.*\\.$|^(?-i:comment)\\s+(?:on|about)\\s.*\\.$");

    /** A news dateline opening a text: a place in capitals, the agency, a dash ("CAIRO (Reuters) - ", "PARIS — "). */
    static final Pattern DATELINE = Pattern.compile("\\p{Lu}[\\p{Lu} .'-]{2,30}(?:,\\s*[\\p{L} .]{2,20})?\\s*(?:\\([^)]{2,30}\\))?\\s*[-–—]\\s");

    /** A count in an announcement ("One Response to", "3 Comments", "Kommentare (12)"). */
    static final Pattern COUNTED = Pattern.compile("(?i)\\d|\\b(?:one|two|three|ein|eine|un|une|uno|una)\\b");

    static int commentsCue(List<String> lines, List<Header> headers) {
        boolean actionUnderEachPost = lines.stream().filter(l -> ADD_COMMENT.matcher(l).lookingAt()).count() >= 2;
        for (int i = 0; i < lines.size(); i++) {
            int at = i;
            // a count with its form's link or a tab beside it ("3 Comments Leave a comment") heads a thread only above
            // it: under two records or more it is a teaser's meta line below the thread ("3 CommentsRead More")
            if (lines.get(i).length() <= 100 && (COMMENTS_CUE.matcher(lines.get(i)).lookingAt()
                    || COUNT_HEADING.matcher(lines.get(i)).matches() && headers.stream().filter(h -> h.line() < at).count() < 2)
                    && !IMAGE_FILE.matcher(lines.get(i)).find() && !FOLD_CONTROL.matcher(lines.get(i)).lookingAt()
                    && !(actionUnderEachPost && ADD_COMMENT.matcher(lines.get(i)).lookingAt())
                    && !DECLINED.matcher(lines.get(i)).find() && !formImage(lines, i) && !wrappedOn(lines, i)
                    && !readersSentence(lines.get(i), headers.stream().filter(h -> h.line() < at).count())) {
                return i;   // an "Add a comment" under each post is an action, no announcement
            }
        }
        return -1;
    }

    /**
     * Whether line {@code i} goes on with the sentence of the line over it, as a dump wraps a paragraph: that line is
     * long, indented as this one and ends without a sentence's end ("… In reference to Scott and the" over "Reese's cup
     * discussion… the salt …"). A heading stands apart: after a blank line or a line that ends.
     */
    private static boolean wrappedOn(List<String> lines, int i) {
        if (i == 0) {
            return false;
        }
        String prev = lines.get(i - 1);
        String p = prev.strip();
        return p.length() >= 60 && indent(prev) == indent(lines.get(i)) && WRAPPED_END.matcher(p).find();
    }

    /**
     * A cue line that is a reader's sentence about comments, not a heading over them: "Check comment #775 where I
     * describe …", "I must comment on this cake. I made it …" (more than six words after the cue, other than a title
     * after "on"/"to", or a sentence's end with more after it), or, under three records or more, a line that starts
     * in lower case ("comment #onebazillion:", the second line of a paragraph).
     */
    private static boolean readersSentence(String line, long recordsAbove) {
        Matcher m = COMMENTS_CUE.matcher(line);
        if (!m.lookingAt()) {
            return false;
        }
        String l = line.strip();
        if (recordsAbove >= 3 && !l.isEmpty() && Character.isLowerCase(l.codePointAt(0))) {
            return true;
        }
        String tail = line.substring(m.end());
        return SENTENCE_ON.matcher(tail).find() || !TITLE_AFTER.matcher(tail).lookingAt()
                && WORD.matcher(tail).results().count() > 6;
    }

    private static final Pattern SENTENCE_ON = Pattern.compile("\\p{Ll}{2,}[.!?]\\s+\\p{L}");
    private static final Pattern TITLE_AFTER = Pattern.compile("(?i)\\s*(?:on|to|for|about|zu|zum|sur|à|de|del|sobre)\\s");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    private static int indent(String l) {
        int n = 0;
        while (n < l.length() && Character.isWhitespace(l.charAt(n))) {
            n++;
        }
        return n;
    }

    /** A line's end inside a sentence: a lower-case letter or a comma (no stop, colon, bracket or sign). */
    private static final Pattern WRAPPED_END = Pattern.compile("[\\p{Ll},]$");

    /**
     * Whether a line from {@code from} up to {@code to} (exclusive) ends a thread: a form's field with its label or
     * button ("[          ] Username (*required)"; a line of underscores alone may be a reader's signature rule or
     * lynx's rule), "Leave a reply" or "Related posts" as a heading, a sidebar's heading.
     */
    static boolean threadEndsBetween(List<String> lines, int from, int to) {
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
     * A bare comments title with no count that is the first line of a record's text, right under its byline
     * ("Chris says: / 10/21 at 11:13 pm / Comment / Reply": a reader wrote the word): the record's text, no heading.
     */
    static boolean recordsText(List<String> lines, List<Header> headers, int i) {
        if (DIGIT.matcher(lines.get(i)).find()) {
            return false;
        }
        for (Header h : headers) {
            if (h.footer() || h.line() >= i || h.line() < i - 6) {
                continue;   // (a byline under its text ends a record: a heading may follow it)
            }
            int j = nextNonBlank(lines, Math.max(h.line() + 1, h.bodyStart()));
            if (j < i && TimestampParser.find(lines.get(j), ZoneOffset.UTC, null).isPresent()) {
                j = nextNonBlank(lines, j + 1);   // (the byline's date on a line of its own: "Chris says:" / "10/21 at 11:13 pm")
            }
            if (j == i) {
                return true;
            }
        }
        return false;
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int j = from;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    /**
     * A form's image button as w3m prints it, the image's file name in brackets right under the form's text area
     * ("[comments]" for "comments.gif", under "[          ]" alone on its line, with more fields above): no heading.
     * A search or subscription box ("Search this blog: [     ] [Go]") over a heading image is no comment form.
     */
    static boolean formImage(List<String> lines, int i) {
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

    /**
     * A form's input as a text browser prints it: w3m's "[          ]", lynx's "____________________" and "[ ]", and a
     * row of radio buttons ("1 star out of 5 ( ) 2 stars out of 5 ( )", "(*) Comment ( ) Question ( ) Tip").
     */
    private static final Pattern FORM_FIELD = Pattern.compile("(?=[\\[_(])(?:\\[(?:\\s+|\\s{3,}[^\\]]*)\\]|_{8,}|\\([ *]\\).*\\([ *]\\))");

    /**
     * A comment form's field label alone on its line, as Chromium's copy leaves it without the field ("Name *", "Email
     * *", "Website", "Comment *").
     */
    private static final Pattern FORM_LABEL = Pattern.compile("(?i)(?:name|e-?mail|website|comment|kommentar|"
            + "commentaire|comentario|nom|nombre|correo(?: electrónico)?|site web|webseite|url)\\s*\\*|website|e-?mail");

    /** The line at {@code cue} or one of the next two with text is a form's field label: the form, no thread's heading. */
    static boolean formLabelAt(List<String> lines, int cue) {
        for (int j = cue, seen = 0; j < lines.size() && seen < 3; j++) {
            String l = lines.get(j).strip();
            if (l.isEmpty()) {
                continue;
            }
            if (FORM_LABEL.matcher(l).matches()) {
                return true;
            }
            seen++;
        }
        return false;
    }

    static boolean isFormField(String line) {
        // (the pattern opens on one of these three: most lines hold none)
        return (line.indexOf('[') >= 0 || line.indexOf('_') >= 0 || line.indexOf('(') >= 0) && FORM_FIELD.matcher(line).find();
    }

    static boolean isStop(String line) {
        return STOP.matcher(line).matches();
    }

    static boolean isCommentsCue(String line) {
        return COMMENTS_CUE.matcher(line).lookingAt() || COMMENTS_TITLE.matcher(line).matches();
    }

    private static final Pattern ADD_COMMENT = Pattern.compile("(?i)^\\W*(?:add|post|leave|write) a comment\\b");
}
