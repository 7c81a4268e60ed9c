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

import static io.commentpulse.extract.CopyLines.blankish;
import static io.commentpulse.extract.CopyLines.nextLine;
import static io.commentpulse.extract.CopyLines.previousLine;
import static io.commentpulse.extract.CopyLines.ZONE;
import static io.commentpulse.extract.CopyLines.wrapped;
import static io.commentpulse.extract.TextBodies.MASKED_IP;
import static io.commentpulse.extract.TextBodies.TRAILER;
import static io.commentpulse.extract.TextListings.CLOCK;
import static io.commentpulse.extract.TextListings.RELATIVE;
import static io.commentpulse.extract.TextListings.dateLine;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_CUE;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_HEADING;
import static io.commentpulse.extract.ThreadBounds.COMMENTS_TITLE;
import static io.commentpulse.extract.ThreadBounds.STOP;
import static io.commentpulse.extract.ThreadBounds.lastOfMenu;

/**
 * Bylines in a plain-text copy of a page: a commenter's name and the date of the comment, on one line or two, in the
 * layouts a page or a text browser gives them ("Name  date", "Name said...", "Posted by: Name at date", a signature
 * under the text), and the tests that tell a byline from a caption, a headline or a list's entry.
 */
final class TextBylines {
    private TextBylines() {
    }

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

    /** The saying words of {@link #SAID}, and the marks that may follow them. */
    private static final List<String> SAID_WORDS = TextEnds.words(CueWords.SAYS);
    private static final List<String> SAID_MARKS = List.of("...", "…", ":", ",");

    /** "Ann said:", "Bob schrieb", "Cleo a dit :": a line that names who says what follows, as {@link #SAID} reads it. */
    static Matcher saidLine(String line) {
        if (!TextEnds.endsWithWord(line, SAID_WORDS, SAID_MARKS)) {
            return null;   // (a quick way past most lines)
        }
        Matcher m = SAID.matcher(line);
        return m.matches() ? m : null;
    }

    /** "by sun-arc on Aug 8, 2012 12:39 PM MST via mobile up reply actions": a byline under the text (SB Nation). */
    private static final Pattern BY_ON = Pattern.compile("(?i)^(?:by|von|par|por|" + CueWords.BY
            + ")\\s+(.{1,60}?)\\s+(?:on|am|le|el|at|في|\\||-|–|—)\\s+(.*)$");

    /** "Posted by:" (after a comment's number, "Comment #3 -"), before a footer's name. */
    private static final String POSTED_BY_WORDS = "(?i)(?:comment\\s*#\\s*\\d+\\s*[-–]\\s*)?posted\\s+by:?\\s+";

    private static final Pattern POSTED_BY = Pattern.compile(POSTED_BY_WORDS + "(.{1,60}?)\\s*(?:\\||\\bat\\b|\\bon\\b|:)\\s*(.*)$");

    /** "Posted by: NAME | DATE": the name is all before the bar, "on" and "at" included. */
    private static final Pattern POSTED_BY_PIPE = Pattern.compile(POSTED_BY_WORDS + "([^|]{1,60}?)\\s*\\|\\s*(.*)$");

    record Header(int line, String author, TimestampParser.Match time, boolean footer, int bodyStart) {
        Header(int line, String author, TimestampParser.Match time, boolean footer) {
            this(line, author, time, footer, line + 1);
        }
    }

    /**
     * Words that may open a date line: "Posted 9/11/2012 at 2:36 pm | Permalink", "am 3. Mai 2020", and Portuguese
     * and Italian sites' "em 05/02/19", "il 12/03/2021".
     */
    private static final Pattern DATE_LEAD = Pattern.compile("(?i)(?:posted|posted on|on|am|le|el|em|il|publié le|"
            + "geschrieben am|verfasst am|publicado el|publicado em|pubblicato il|[-–—|•·])?");

    /** A comment's number before a dash, opening its date line: "#2.1  —  16. August 2021, 14:44 Uhr" (Die Zeit). */
    private static final Pattern NUMBER_LEAD = Pattern.compile("^\\s*#\\d{1,5}(?:\\.\\d{1,3}){0,3}\\s*[-–—|]\\s*(?=\\S)");

    /** A name led in by "by" and tied to its date ("Verfasst von Chrissy09 am", "Posted by Ann on"). */
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:by|von|par|por|de)\\s+\\S.*"
            + "(?:\\son|\\sam|\\sle|\\sel|\\sat|\\sum|\\sà)\\s*$");

    /** "Jamie Wayne, on November 7th, 2012 // Twitter: @jamie": a name tied to its date, a short tail after. */
    private static final Pattern CONNECTOR = Pattern.compile("(?i)(?:,\\s*on|\\son|\\sam|\\sle|\\sel|\\s[—–|])\\s*$");

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

    static final Pattern WRAPPED_TAIL = Pattern.compile("(?i)^(?:\\p{Nd}{1,2}:\\p{Nd}{2}(?::\\p{Nd}{2})?\\s*)?"
            + "(?:[ap]\\.?m\\.?|(?:ص|م)(?:باحا|ساء)?\\p{M}*)?(?:\\s*(?:[a-z]{2,4}t|utc|gmt))?$");

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:[\\p{So}•*·\\-]\\s*)*(?:[+\\-−]\\d+\\s+)?"
            + "(?:#?\\d+[.):]?\\s+){0,2}(?:[\\p{So}•*·]\\s*)*");

    private static final Pattern COMMENT_BY = Pattern.compile("(?i)^(?:#?\\d+\\s+)?(?:kommentar|comment|commentaire|comentario|تعليق)"
            + "\\s+(?:von|by|de|par|from|من|بواسطة)\\s+(?:\\[[a-z]{2}\\]\\s*)?(.{1,60})$");

    /** The bar or dot between a byline's controls ("Reply | Quote", "Like · Reply"). */
    private static final Pattern CONTROL_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");
    private static final Pattern IMAGE_OR_AVATAR = Pattern.compile("(?i)^(?:\\[[^\\]]*\\]\\s*)+|\\bavatar\\b");
    /** The particle a Chinese byline ends its name with ("X 於 DATE"). */
    private static final Pattern NAME_PARTICLE = Pattern.compile("[於在]$");
    /** A name printed twice in a row ("Ann Lee Ann Lee"). */
    static final Pattern TWICE = Pattern.compile("^(.+) \\1$");

    /**
     * What {@link #TWICE} matches as its name, without its backtracking over a long line: a text that is one string,
     * a space and the same string again (a string without line breaks, which its {@code .} does not read), or null.
     */
    static String twice(String n) {
        int half = n.length() / 2;
        return n.length() >= 3 && n.length() % 2 == 1 && n.charAt(half) == ' ' && n.regionMatches(0, n, half + 1, half)
                && TextEnds.noLineBreak(n, half) ? n.substring(0, half) : null;
    }

    /** {@code IMAGE_OR_AVATAR} replaced by a space; a line that cannot hold it (most lines) comes back as it is. */
    private static String withoutImageOrAvatar(String s) {
        return s.startsWith("[") || s.toLowerCase(Locale.ROOT).contains("avatar")
                ? IMAGE_OR_AVATAR.matcher(s).replaceAll(" ") : s;
    }

    /** Strips list bullets, comment numbers and an "avatar" placeholder from a would-be name. */
    static String bareName(String s) {
        String n = s.strip();
        for (int pass = 0; pass < 2; pass++) {   // "• [anon] #2 Sander Aarts": a bullet, an image, then the number
            Matcher lead = LEADING_NUMBER.matcher(n);   // (it may match nothing, so it always matches at 0)
            n = lead.lookingAt() && lead.end() > 0 ? n.substring(lead.end()) : n;
            n = Spaces.collapsed(withoutImageOrAvatar(n)).strip();
        }
        n = NAME_PARTICLE.matcher(n).replaceAll("").strip();
        String once = twice(n);
        if (once != null) {
            return once;
        }
        int half = n.length() / 2;
        if (n.length() % 2 == 0 && half > 0 && n.substring(0, half).equals(n.substring(half))) {
            n = n.substring(0, half);
        }
        return n;
    }

    /** A link beside the name on its line, as some themes print it: "bqrq permalink", "Ann Reply". */
    private static final Pattern NAME_CONTROL = Pattern.compile("(?i)(?<=\\S)\\s+(?:permalink|reply|antworten|répondre|"
            + "responder)$");

    /**
     * Labeled fields, each label over its value: "Nick" / "janki dzbanki 5.172.247.*" / "Data dodania" /
     * "2015-08-03 15:43:45", then the text (a {@code dl} of a comment's fields as a browser copies it). Both labels
     * are needed (a name's label alone heads an article's byline as well); a masked address after the name is no part
     * of it.
     */
    static Header labeledFields(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        String label = lines.get(i).strip();
        if (label.isEmpty() || label.length() > 20 || !CommentFields.NAME_LABEL.matcher(label).matches()) {
            return null;
        }
        int j = nextLine(lines, i, 2, String::isBlank);
        if (j >= lines.size()) {
            return null;
        }
        String[] words = lines.get(j).strip().split("\\s+");
        String name = String.join(" ", MASKED_IP.matcher(words[words.length - 1]).matches()
                ? java.util.Arrays.copyOf(words, words.length - 1) : words);
        if (!nameAlone(name, options, ref) || name.length() > 40 || !HAS_LETTER.matcher(name).find()) {
            return null;
        }
        int k = nextLine(lines, j, 2, String::isBlank);
        if (k >= lines.size() || !CommentFields.DATE_LABEL.matcher(lines.get(k).strip()).matches()) {
            return null;   // a label over the name alone may be an article's byline ("Autor" / name / date)
        }
        k = nextLine(lines, k, 2, String::isBlank);
        if (k >= lines.size() || !isDateLine(lines.get(k), options, ref)) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(lines.get(k), options.zone(), ref).orElse(null);
        return new Header(i, AuthorNames.cleanAuthor(name), t, false, k + 1);
    }

    /** A name on its own line, the date alone on the next non-empty line, then the text (w3m dumps of tables). */
    static Header nameThenDateLine(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref,
                                           int width, int[] nextDateLine) {
        if (nextDateLine[i] > i + DATE_LINE_REACH) {
            return null;   // (a quick way past most lines: no date line stands close enough below them)
        }
        String name = NAME_CONTROL.matcher(bareName(lines.get(i))).replaceFirst("");
        Matcher by = COMMENT_BY.matcher(lines.get(i).strip());
        if (by.matches()) {
            name = bareName(by.group(1));
        }
        if (!nameAlone(name, options, ref) || name.length() > 60 || Spaces.count(name) > 6
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
        if (SHARE_CONTROL.matcher(name).matches()) {
            return null;   // a share button over the article's dateline ("Share" / "Dec 1st 2016 1:01PM")
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
            int k = nextLine(lines, j, 2, CopyLines::blankish);
            if (k < lines.size() && STANDING.matcher(lines.get(k).strip()).matches()) {
                j = nextLine(lines, k, 3, l -> blankish(l) || META_LINE.matcher(l.strip()).matches());
            }
        }
        if (j >= lines.size() || lines.get(j).startsWith("•") || !isDateLine(lines.get(j), options, ref)
                && !(numberedDateLine(lines.get(j), options, ref) && plainName(lines.get(i)))) {
            return null;   // (a date that is a list's item of its own is a menu's entry: "• Blogs" / "• Sept. 11")
        }
        if (!by.matches() && !looksLikeNameLine(lines.get(i))) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(lines.get(j), options.zone(), ref).orElse(null);
        if (t != null && AuthorNames.nameAfterDate(lines.get(j).substring(Math.min(lines.get(j).length(), t.end())))) {
            return null;   // "Fr, 9. November 2012 - 15:30 — Geoff103": the date line names its author; the line above is an avatar's
        }
        return new Header(i, AuthorNames.cleanAuthor(name), t, false, j + 1);
    }

    /**
     * How far below a name {@link #nameThenDateLine} finds its date line at most: four lines of blanks or fields, then a
     * motto, a blank and a standing, then three more.
     */
    private static final int DATE_LINE_REACH = 12;

    /**
     * For each line, the index of the first date line ({@link #isDateLine}, or one after its number) below it, or
     * {@code Integer.MAX_VALUE}: worked out once per text, so that {@link #nameThenDateLine} need not try the lines
     * below every line it is asked about.
     */
    static int[] nextDateLines(List<String> lines, ExtractOptions options, OffsetDateTime ref) {
        int[] next = new int[lines.size()];
        int below = Integer.MAX_VALUE;
        for (int k = lines.size() - 1; k >= 0; k--) {
            next[k] = below;
            if (isDateLine(lines.get(k), options, ref) || numberedDateLine(lines.get(k), options, ref)) {
                below = k;
            }
        }
        return next;
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

    /**
     * A page's share control, no reader's name: "Share", "Share via Email", "Share on Google Plus", "Email This",
     * "Share this story", "Print it", "Tweet", in the languages the extractor reads (a network's bare name is left out:
     * "Facebook" over "Comments" may be a list of where to follow the site).
     */
    static final Pattern SHARE_CONTROL = Pattern.compile("(?i)(?:share|teilen|partager|compartir|مشاركة|شارك)"
            + "(?:\\s+(?:via|on|to|auf|per|sur|par|en|por)\\s+\\p{L}+(?:\\s+\\p{L}+)?)?"
            + "|(?:e-?mail|share|print|tweet|save|send|pin)\\s+(?:this|it)(?:\\s+(?:article|story|page|post))?"
            + "|tweet");

    static final Pattern META_LINE = Pattern.compile("(?i)(?![\\p{L} ]*\\b(?:by|from|von|par|por|de)\\s*:)"
            + "[\\p{L} ]{1,25}:\\s+[^\\s.!?]+(?:\\s+[^\\s.!?]+){0,2}|(?:reply|comment|post|antwort|kommentar|commentaire|"
            + "comentario|respuesta|no\\.?)?\\s*#\\s*\\d{1,5}|" + STANDING.pattern().replace("(?i)", ""));

    /**
     * A numbered comment list: the number and the date alone on a line (" 1. November 12, 2012"), the name alone on
     * the next non-empty line, then the text (the mirror of {@link #nameThenDateLine}).
     */
    static Header numberedDateThenName(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
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
        return new Header(i, AuthorNames.cleanAuthor(name), t, false, j + 1);
    }

    private static final Pattern POSTED_LEAD = Pattern.compile("(?i)^(?:posted|submitted|written)(?:\\s+on)?\\s+"
            + "|^(?:geschrieben|verfasst|gepostet)\\s+am\\s+|^(?:publié|posté|écrit)\\s+le\\s+|^(?:publicado|escrito)\\s+el\\s+");

    /**
     * "Posted Thursday 6th June 2013 15:43 GMT" over the name alone on the next non-empty line, then the text (The
     * Register): a date line that says it was posted, then who posted it.
     */
    static Header postedDateThenName(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
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
                || STOP.matcher(name).matches() || Spaces.count(name) > 4) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(line, options.zone(), ref).orElse(null);
        return new Header(i, AuthorNames.cleanAuthor(name), t, false, j + 1);
    }

    /**
     * A signature with its place under a text ("- Roger Sample , Perryville, United States, 07/6/2013 06:58") closes
     * comments only where the page signs three or more so: one such line is a reader quoting someone, and heads its
     * text as any name and date on a line do.
     */
    static void signaturesAlike(List<String> lines, List<Header> headers) {
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
    static void postedOverNames(List<String> lines, List<Header> headers, ExtractOptions options, OffsetDateTime ref) {
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
    static int words(String name) {
        return BLOG_AFTER.matcher(name).replaceFirst("").split("\\s+").length;
    }

    /** A byline's name too long to be one but for the blog after its "@" ("Kate @ Songs Kate Sang"). */
    private static boolean longButForBlog(Header h) {
        return BLOG_AFTER.matcher(h.author()).find() && Spaces.count(h.author()) > DATE_NAME_WORDS;
    }

    /**
     * A name with a blog after its "@" is a reader's among other readers; where such bylines are most of the page's,
     * or stand nearly alone, they are a listing's titles and places ("October 11, 2012 | Family Portraits @ Blue Lily
     * Photo Studio") and are dropped.
     */
    static void dropTitlesAtPlaces(List<Header> headers) {
        long blogs = headers.stream().filter(TextBylines::longButForBlog).count();
        if (blogs > 0 && (headers.size() - blogs < 3 || blogs * 2 > headers.size())) {
            headers.removeIf(TextBylines::longButForBlog);
        }
    }

    /**
     * A document's numbered sections ("4.10.10 The option element", "4.10.11 The textarea element" in the HTML
     * specification), whose numbers read as dates (4 October 2010, 4 October 2011): a line that opens with such a
     * number is a heading where it stands in a run of three numbered one after the other (the same day and month in
     * three years running, which a thread's dates hardly are). Those headers are dropped,
     * and their count returned (a document's outline is a list: the page is not read again for undated records).
     */
    static int dropSectionNumbers(List<String> lines, List<Header> headers) {
        Map<String, Set<Integer>> numbers = new HashMap<>();
        for (Header h : headers) {
            Matcher m = sectionNumber(lines, h);
            if (m != null) {
                numbers.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(Integer.parseInt(m.group(2)));
            }
        }
        int before = headers.size();
        headers.removeIf(h -> {
            Matcher m = sectionNumber(lines, h);
            if (m == null) {
                return false;
            }
            Set<Integer> same = numbers.get(m.group(1));
            int n = Integer.parseInt(m.group(2));
            return same.contains(n - 1) && (same.contains(n + 1) || same.contains(n - 2))
                    || same.contains(n + 1) && same.contains(n + 2);
        });
        return before - headers.size();
    }

    private static Matcher sectionNumber(List<String> lines, Header h) {
        if (h.time() == null) {
            return null;
        }
        Matcher m = SECTION_NUMBER.matcher(h.time().raw().strip());
        return m.matches() && lines.get(h.line()).strip().startsWith(h.time().raw().strip()) ? m : null;
    }

    /** "4.10.10": three numbers between full stops, the last of two digits (a date's year or a section's number). */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d{1,2}\\.\\d{1,2})\\.(\\d{2})");

    /** At most this many words make a name in "DATE | NAME". */
    private static final int DATE_NAME_WORDS = 5;

    private static final Pattern BLOG_AFTER = Pattern.compile("\\s+@\\s+[^\\d():|]+$");

    /** A would-be name on a line of its own: name-like, not a label ("Posted", "Updated") and holding no date. */
    static boolean nameAlone(String name, ExtractOptions options, OffsetDateTime ref) {
        // (a name wholly in brackets is a photo's credit: "(Steve Miller, AP)", "(AP file photo)"; a blog after a bar
        // is the writer's: "Dawn | KitchenTravels")
        return !name.isEmpty() && NAME.matcher(BLOG_AFTER_PIPE.matcher(name).replaceFirst("")).matches()
                && !NOT_AN_AUTHOR.matcher(name).matches()
                && !(name.startsWith("(") && name.endsWith(")")) && !partOfAText(name)
                && TimestampParser.find(name, options.zone(), ref).isEmpty();
    }

    /**
     * A would-be name that is a piece of some text: brackets that do not pair up ({@link #balanced}), a picture's
     * credit, a text cut off and more after it, a sentence's full stop. (A commenter's web address after the name,
     * "Sriram http://twitter.com/tsriram", is no such piece: the name is taken from before it.)
     */
    static boolean partOfAText(String name) {
        return !balanced(name) || CREDIT.matcher(name).find() || CUT_THEN_MORE.matcher(name).find()
                || SENTENCE_STOP.matcher(name).find();
    }

    /**
     * A text cut off with an ellipsis, then more ("announcements of broad intere... bit.ly/SUYASa"): a tweet's end in a
     * feed's widget, not a name (a site that shortens a long name cuts it at its end: "verylongusern...").
     */
    private static final Pattern CUT_THEN_MORE = Pattern.compile("\\p{L}(?:\\.\\.\\.|…)\\s+\\S");
    /**
     * A sentence's full stop after a long word ("… stimulus to Wall Street."): the wrapped end of a text, not a name,
     * which ends in a stop only after an initial or a short title ("Carmen R.", "Sammy Davis Jr.", "Acme Corp.").
     */
    private static final Pattern SENTENCE_STOP = Pattern.compile("\\p{L}{5,}\\.$");

    /** A picture's credit in a caption's last line ("Place, Edinburgh Photo: DEADLINE", "Foto: dpa"): no one's name. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?<![\\p{L}])(?:photo|foto|image|bild|picture|credit|crédit)s?\\s*:");

    /**
     * Whether a would-be name's brackets pair up: one that closes a bracket it never opened, or opens one it never closes
     * ("Tribe)", "25, 2007) (Gabor Rona)", "(Laurence"), is the wrapped piece of a longer line, a listing's "Title
     * (date) (Author)", not a line that names someone. A smiley counts as a bracket: a text's wrapped end closes with
     * one ("… anfangen möchte :)", "nice article :)") far more often than a name does ("Lisa :)").
     */
    private static boolean balanced(String name) {
        int open = 0;
        for (int k = 0; k < name.length(); k++) {
            char c = name.charAt(k);
            if (c == '(') {
                open++;
            } else if (c == ')' && --open < 0) {
                return false;
            }
        }
        return open == 0;
    }

    /** A badge in capitals ("HP LEGEND", "TOP COMMENTER"), not a name in capitals with a lower-case letter. */
    private static final Pattern BADGE = Pattern.compile("[\\p{Lu}\\d][\\p{Lu}\\d ]*\\p{Lu}");

    /** A name's last initial ("Carmen R.", "Bernd K."): the one full stop a name line may end with. */
    private static final Pattern INITIAL_END = Pattern.compile("(?<=\\p{L}\\p{L}\\s)\\p{Lu}\\.$");

    /** An e-mail address the site cut short to name its writer: "partman1969@...", "aaron@…". */
    private static final Pattern CUT_ADDRESS = Pattern.compile("^[\\p{L}\\p{N}._-]+@(?:\\.\\.\\.|…)$");

    /** A short line that is only a name (possibly behind a bullet or an "avatar" placeholder). */
    static boolean looksLikeNameLine(String raw) {
        return looksLikeNameLine(raw, true);
    }

    /**
     * A short line that is only a name; behind a list's mark it may be of any number of words ("• Pallino1021, LLC"),
     * and with {@code nestedMarks} behind a nested item's mark too ("□ Gold Coin & Economic News" over its date).
     * Without a date to anchor it, as the undated records are read, a nested item of five words is a menu's as often
     * ("□ Follow Us on Instagram"), so there only w3m's first mark, "•", counts.
     */
    static boolean looksLikeNameLine(String raw, boolean nestedMarks) {
        String t = raw.strip();
        return t.length() <= 80 && (!t.endsWith(".") || INITIAL_END.matcher(t).find() || CUT_ADDRESS.matcher(t).find())
                && !t.endsWith(":")
                && !t.endsWith("?") && !t.endsWith("!") && !t.endsWith("؟")
                && ((nestedMarks ? ListMarks.w3mBullet(t) : t.startsWith("•")) || t.contains("avatar") || fewWords(t));
    }

    /** A name and the blog its writer signs with: "Karen @ Seasonal Cravings", "Meredith Youngson | Earth & Oven". */
    private static final Pattern NAME_AND_BLOG = Pattern.compile("^(\\S+(?:\\s+\\S+){0,2})\\s+[@|–—-]\\s+(\\S.*)$");

    /** Four words at most, a comment's number before them aside; or a name of three and a blog of five after it. */
    private static boolean fewWords(String t) {
        String n = t.replaceFirst("^(?:#\\d{1,4}|\\d{1,4}[.)])\\s+(?=\\p{L})", "");
        if (Spaces.count(n) <= 4) {
            return true;
        }
        Matcher blog = NAME_AND_BLOG.matcher(n);
        return blog.matches() && blog.group(2).split("\\s+").length <= 5 && !blog.group(2).matches(".*[.!?,;:]$");
    }

    /**
     * A byline on the line right under one by the same name and day, the first without the time ("By karimtemple on
     * 5/15/13, Rating: 1" / "By karimtemple on 5/15/2013 2:04:01 PM , Rating: 1": a collapsed comment's title bar,
     * which a text browser prints, over its full byline) heads the same comment, whose text follows: the first of the
     * two is dropped. (Two full times are two comments: a footer byline under a comment without text.)
     */
    static void dropRepeatedBylines(List<Header> headers) {
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

    static final Pattern DIGIT = Pattern.compile("\\p{Nd}");

    static Header nameThenDate(String line, int i, Optional<TimestampParser.Match> m) {
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
        if (!after.isEmpty() && SAYS_TAIL.matcher(" " + after).matches() || after.equals(":")
                || after.equals(".") && CLOCK.matcher(m.get().raw()).find()
                && BY_BEFORE.matcher(line.substring(0, m.get().start())).find()) {
            // "Beltway Greg on Sep 21, 3:05 PM said:", "Alexander Petrov wrote on March 11th, 2015 at 02:57:", and
            // a stop after the time: "Verfasst von Chrissy09 am 27. September 2019 - 19:52."
            after = "";
        }
        boolean replyFooter = REPLIED.matcher(after).matches();
        boolean connected = CONNECTOR.matcher(line.substring(0, m.get().start())).find();
        if (!after.isEmpty() && !replyFooter && !TRAILER.matcher(after).matches() && !controlsOnly(after)
                && !(connected && after.length() <= 40 && after.matches("^(?://|\\||·|•|-|–).*"))) {
            return null;
        }
        String name = bareName(NAME_TAIL_SEPARATORS.matcher(line.substring(0, m.get().start())).replaceFirst("").strip());
        Matcher signed = SIGNED_FROM.matcher(name);
        if (after.isEmpty() && DASH_LEAD.matcher(line).lookingAt() && signed.matches()) {
            // "- Roger Sample , Perryville, United States, 07/6/2013 06:58": a reader signs under the text, with a
            // dash, a name, where they write from and when
            replyFooter = true;
            name = signed.group(1).strip();
        }
        name = NAME_TAIL_SEPARATORS.matcher(POSTED_TAIL.matcher(DATE_WORD_AFTER.matcher(name).replaceFirst(""))
                .replaceFirst("")).replaceFirst("");   // "Leslie — posted March 25, 2013 at 5:28 am"
        name = REPLIED_TO.matcher(name).replaceFirst("");   // "Kyle replied to comment from Ryan Knapp |" is Kyle's
        name = SUBMITTED_BY.matcher(name).replaceFirst("");   // "Soumis par Xolotl, le lundi 29 octobre 2012 à 17h07"
        String own = BLOG_AFTER_PIPE.matcher(name).replaceFirst("");   // judged on the name before a blog's; kept whole
        if (!NAME.matcher(own).matches() || NOT_AN_AUTHOR.matcher(own).matches() || !HAS_LETTER.matcher(own).find()
                || Spaces.count(own) > 6 || IN_CATEGORY.matcher(name).matches()
                || META_LINE.matcher(name).matches() || CLOCK_ONLY.matcher(own).matches() || partOfAText(name)
                || CITED.matcher(name).find()) {
            return null;   // (a time before a relative one, "1:34 PM 1 minute ago", names nobody)
        }
        return new Header(i, AuthorNames.cleanAuthor(name), m.get(), replyFooter);
    }

    /**
     * A commenter's blog after a bar ("Stacy | Wicked Good Kitchen"): the line is judged as a name on what stands
     * before it, and the author is kept as the page shows it, bar and blog included.
     */
    private static final Pattern BLOG_AFTER_PIPE = Pattern.compile("(?<=\\S)\\s+\\|\\s+[^|]{1,40}$");

    /** Separators at a would-be name's end, before its date: "Leslie —", "Ann |", "Bob," (dropped). */
    private static final Pattern NAME_TAIL_SEPARATORS = Pattern.compile("[\\s|,\\-–—:·•(]+$");

    /** The word that ties a name to its date, at the name's end: "Lisa at", "Ann on", "Eva am". */
    private static final Pattern DATE_WORD_AFTER = Pattern.compile("(?i)\\s+(?:on|at|am|le|el)$");

    /** Two cells of figures (or dashes), each alone between tabs: a table's row, not a byline's name. */
    private static final Pattern FIGURE_CELLS = Pattern.compile("\\t\\s*[-+(]?[\\d.,—–-]+\\)?\\s*\\t\\s*[-+(]?[\\d.,—–-]+\\)?\\s*(?:\\t|$)");

    /**
     * The day a cited source was read ("…, Liberian Observer, 31 March 2014, retrieved 6 July 2014", "abgerufen am
     * 3. Mai 2020", "consulté le …"), or the day a map's or a table's figures stand at ("DRC Ebola area as of 2
     * September 2014", "Stand: 3. Mai 2020", "Stand vom 3. Mai"): a reference's or a caption's date, not a reader's byline.
     */
    private static final Pattern CITED = Pattern.compile("(?i)(?:\\bretrieved|\\baccessed|\\babgerufen(?:\\s+am)?"
            + "|\\bconsulté(?:\\s+le)?|\\bconsultado(?:\\s+el)?|\\barchived from the original on|\\bas of|"
            + "\\bstand(?:\\s+vom|:)|\\ben date du|\\ba fecha de)$");

    /** A dash opening a line, as a signature has it: "- Ann", "— Ann, Leeds". */
    private static final Pattern DASH_LEAD = Pattern.compile("^\\s*[-–—]\\s+(?=\\p{L})");

    /** A signature's name, then where its writer is: "Roger Sample , Perryville, United States". */
    private static final Pattern SIGNED_FROM = Pattern.compile("^[-–—]?\\s*([^,]{2,40}?)\\s*,(?:\\s*\\p{L}[\\p{L}.'’ -]{1,30},?){1,3}$");

    /**
     * A sentence's words, not a name's: a lower-case start with a sentence's end inside ("in Philadelphia. (Matt
     * Rourke/AP file)"), or a lower-case word before a headline's colon ("It's official: Garcia-Matthysse"). A name's
     * own full stop or colon ("Riverside Photographer. Oslo", "Kate: Songs Kate Sang") is left alone.
     */
    static final Pattern SENTENCE_INSIDE = Pattern.compile("^\\p{Ll}.*\\p{Ll}{2}\\.\\s+\\S|(?:^|\\s)\\p{Ll}\\p{L}{2,}:\\s+\\S");

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
        String[] parts = CONTROL_SEPARATOR.split(after);
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

    static final Pattern HAS_LETTER = Pattern.compile("\\p{L}");

    private static final Pattern BLOGGER_ICON = Pattern.compile("^Blogger\\s+(?=\\S)");

    /** "1. on 2012-10-09 at 9:00 am [26230] Olaf van der Spek", "On November 1, 2012 at 10:12 am Maggie said:". */
    static Header dateThenName(String line, int i, Optional<TimestampParser.Match> m) {
        if (m.isEmpty()) {
            return null;
        }
        // a list number right before the date ("1. 17. Jul, 2012 / Suchitra says:") is no name
        String before = bareName(line.substring(0, m.get().start()).strip().replaceFirst("^\\d{1,4}[.)]$", "")).replaceFirst("(?i)^(?:posted\\s+)?(?:on|am|le|el)?$", "");
        if (!before.isEmpty() && !CommentFields.WEEKDAY.matcher(before.replaceFirst("[.,]$", "")).matches()) {
            return null;   // a weekday before an ISO date is the date's ("Fri, 2012-11-09 17:18 — Ciaran Goggins")
        }
        if (FIGURE_CELLS.matcher(line.substring(m.get().end())).find()) {
            return null;   // a table's row as Chromium copies it, its cells apart by tabs ("17 Apr 2014\t230\t142\t…")
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
        if (name.isEmpty() || !NAME.matcher(name).matches() || !HAS_LETTER.matcher(name).find()
                || NOT_AN_AUTHOR.matcher(name).matches() || ZONE.matcher(name).matches()
                || words(name) > DATE_NAME_WORDS || TRAILER.matcher(name).matches() || name.matches(".*[.!?]$")) {
            return null;
        }
        return new Header(i, AuthorNames.cleanAuthor(name), m.get(), false);
    }

    /** A sentence, then ", author" / ", study" (six words or more before the comma). */
    private static final Pattern HEADLINE_SUBJECT = Pattern.compile("^(?:\\S+\\s+){5,}\\S+,[\"”’']?\\s+\\p{Ll}+$");

    /** The end of a headline wrapped onto its own line: a lower-case word first, or words after a comma ("created equal, author"). */
    static final Pattern WRAPPED_SUBJECT = Pattern.compile("^\\p{Ll}.*\\s|,\\s+\\p{Ll}+$");

    static Header said(String line, int i) {
        Matcher m = saidLine(line);
        if (m == null) {
            return null;
        }
        String name = bareName(m.group(1));
        if (name.isEmpty() || HEADLINE_SUBJECT.matcher(name).find()) {
            return null;   // a headline's source ("Not all fruits, vegetables are created equal, author says")
        }
        return new Header(i, AuthorNames.cleanAuthor(name), null, false);
    }

    static Header postedBy(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
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
            return new Header(i, AuthorNames.cleanAuthor(m.group(1)), t, true);
        }
        Matcher piped = POSTED_BY_PIPE.matcher(line);
        if (piped.find() && piped.group(1).length() > m.group(1).length()
                && TimestampParser.find(piped.group(1), options.zone(), ref).isEmpty()
                && TimestampParser.find(piped.group(2), options.zone(), ref).filter(d -> d.start() == 0).isPresent()) {
            m = piped;   // "Posted by: proven tips on anxiety control | August 22, 2012": the name runs to the bar
        }
        TimestampParser.Match t = TimestampParser.find(m.group(2), options.zone(), ref).orElse(null);
        String rest = line.substring(m.start(1));
        TimestampParser.Match inName = TimestampParser.find(m.group(1), options.zone(), ref).orElse(null);
        if (inName != null && inName.start() > 0) {
            // "Posted by: MJ CA(SA), 01 Oct 2011 | 18:12": the name ends at its comma, the date follows it
            TimestampParser.Match whole = TimestampParser.find(rest, options.zone(), ref).orElse(inName);
            String name = m.group(1).substring(0, inName.start()).replaceAll("[\\s,;|\\-–—]+$", "");
            return name.isEmpty() ? null : new Header(i, AuthorNames.cleanAuthor(name), whole, true);
        }
        if (t == null) {
            // "Posted by TexARC | Report as abusive": a footer of controls alone, its date opening the record above
            // (read with the record's text)
            return controlsOnly(m.group(2)) && NAME.matcher(m.group(1)).matches()
                    ? new Header(i, AuthorNames.cleanAuthor(m.group(1)), null, true) : null;
        }
        // old Blogger pages print the profile icon's alt text before the name: "posted by Blogger Joe : 11:58 AM"
        return new Header(i, AuthorNames.cleanAuthor(BLOGGER_ICON.matcher(m.group(1)).replaceFirst("")), t, true);
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
        if (!NAME.matcher(name).matches() || Spaces.count(name) > 4 || NOT_AN_AUTHOR.matcher(name).matches()
                || !HAS_LETTER.matcher(name).find()) {
            return null;
        }
        // over its text (CBS); see withoutAmbiguousBylines for where the page leaves it unclear
        return new Header(i, AuthorNames.cleanAuthor(name), t, false);
    }

    /**
     * The "by NAME DATE TIME" bylines of a page ({@link #byThenDate}), unless one of them has text right above it
     * (past blank lines; a control such as "Reply to this comment", or the thread's heading or count, is no text):
     * then they may as well close their texts, or be a story list's (headline, byline, teaser), and say neither.
     */
    static void withoutAmbiguousBylines(List<String> lines, List<Header> headers, Set<Integer> byTimeLines) {
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

    static Header dashSignature(List<String> lines, int i, ExtractOptions options, OffsetDateTime ref) {
        Matcher m = DASH_SIGNATURE.matcher(lines.get(i));
        if (!m.matches() || i + 1 >= lines.size() || !isDateLine(lines.get(i + 1), options, ref)) {
            return null;
        }
        String name = bareName(m.group(1));
        if (!nameAlone(name, options, ref) || !HAS_LETTER.matcher(name).find() || Spaces.count(name) > 4) {
            return null;
        }
        TimestampParser.Match t = TimestampParser.find(lines.get(i + 1), options.zone(), ref).orElse(null);
        return new Header(i, AuthorNames.cleanAuthor(name), t, true, i + 2);
    }

    /** A name on its line alone, no list's item and no count ("• 3 votes" over the footer "#1 - DATE" is none). */
    private static boolean plainName(String line) {
        String l = line.strip();
        return !l.isEmpty() && !l.startsWith("•") && !STANDING.matcher(l).matches() && !Character.isDigit(l.charAt(0));
    }

    /**
     * A date line under a name that opens with the comment's number ("deep_franz" / "#1  —  16. August 2021, 12:35
     * Uhr"). Only there: under a text, "#1 - Tue Jul 24, 2012 10:14 AM EDT" is the footer of the comment above.
     */
    private static boolean numberedDateLine(String l, ExtractOptions options, OffsetDateTime ref) {
        Matcher m = NUMBER_LEAD.matcher(l);
        return m.lookingAt() && isDateLine(l.substring(m.end()), options, ref);
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
}
