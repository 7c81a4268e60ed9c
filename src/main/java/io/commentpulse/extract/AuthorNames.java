package io.commentpulse.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.commentpulse.extract.CommentChrome.onlyControls;
import static io.commentpulse.extract.CommentFields.DIGIT;
import static io.commentpulse.extract.CommentFields.WEEKDAY;
import static io.commentpulse.extract.CommentFields.noDate;

/**
 * A commenter's name as a byline gives it: read from the byline's text ("Maggie said:", "Posted by Ann at …",
 * "Fr, 9. November 2012 - 15:30 — Geoff103") and cleaned of what sites print beside it (numbers, separators, web
 * addresses, badges, "says").
 */
final class AuthorNames {
    private AuthorNames() {
    }

    /** The rest of a date line that names who said it: "Maggie Dodson said:". */
    private static final Pattern NAME_THEN_SAID = Pattern.compile("(?i)[\\s,|\\-–—]*(\\S.*?)\\s+(?:" + CueWords.SAYS
            + ")\\s*(?::|\\.\\.\\.|…)?\\s*");

    /** The word a date line opens with ("On November 1", "Am 3. Mai", "Le 4 mai"): never a name by itself. */
    /** What joins a name to the date after it: separators and a preposition ("Ann on", "Ben am", "Léa le"). */
    private static final Pattern DATE_JOINER = Pattern.compile("(?i)[\\s|,\\-–:]*(?:(?<![\\p{L}\\p{N}])(?:on|am|le|el|at|um))?[\\s|,\\-–:]*$");
    static final Pattern DATE_LEAD = Pattern.compile("(?i)(?:on|am|um|le|el|at|posted(?: on)?|publié le|"
            + "publicado el|veröffentlicht am)");

    /** After a name that is the whole field: "replied" and its kin need no colon there ("Delishhh replied"). */
    private static final String SUFFIX_WORDS = CueWords.SAYS + "|writes|meint|kommentierte|commented|added|"
            + "replied|answered|antwortete|a répondu|respondió|respondio";
    private static final Pattern AUTHOR_SUFFIX = Pattern.compile("(?i)\\s*" + CueWords.word(SUFFIX_WORDS) + "\\s*(?:\\.\\.\\.|…|:|,|،)?\\s*$");

    /*
     * Quick tests that let a name past the end-anchored patterns below where they cannot match (TextEnds): a text may be
     * a whole paragraph, which each pattern would walk position by position.
     */
    private static final List<String> SUFFIX_WORD_LIST = TextEnds.words(SUFFIX_WORDS);
    private static final List<String> SUFFIX_MARKS = List.of("...", "…", ":", ",", "،");
    /** The characters {@code AUTHOR_SEPARATORS} may match at the start of a name, and at its end. */
    private static final String LEADING_SEPARATORS = "|:-–—#,.·•/";
    private static final String TRAILING_SEPARATORS = "|:-–—,·•/([";
    private static final String BADGES = "☆★✓✔✅⭐✪✯\uFE0F";
    /** The last letters of {@code AUTHOR_DATE_WORD}'s words, in both cases. */
    private static final String DATE_WORD_ENDS = "nNtTmMeElLaA於";
    /** What {@code AUTHOR_TAIL} needs somewhere in a name, in lower case. */
    private static final List<String> TAIL_CUES = List.of("http://", "https://", "www.", "(", "responded", "replied",
            "answered", "antwortete", "répondu", "respondió");

    private static final Pattern AUTHOR_PREFIX = Pattern.compile("(?i)^\\s*(?:#\\s*\\d+\\s*)?(?:comment\\s*#?\\d+\\s*[-–:]?\\s*)?"
            + "(?:posted\\s+by:?|comment\\s+by|commento\\s+di|comentario\\s+de|commentaar\\s+van|kommentar\\s+(?:af|fra)|"
            + "scritto\\s+da|pubblicato\\s+da|"
            + "geschrieben\\s+von|verfasst\\s+von|kommentar\\s+von|commentaire\\s+de|publié\\s+par|"
            + "postée?\\s+par|écrit\\s+par|enviado\\s+por|comentado\\s+por|"
            + "escrito\\s+por|publicado\\s+por|written\\s+by|submitted\\s+by|soumis\\s+par|eingereicht\\s+von|"
            + "by|von|par|por|" + CueWords.BY + ")\\s*:?\\s+");

    private static final Pattern BYLINE = Pattern.compile("(?i)(?:posted\\s+by:?|geschrieben\\s+von|kommentar\\s+von|"
            + "written\\s+by|publié\\s+par|publicado\\s+por|\\bby|\\bvon|\\bpar|(?<![\\p{L}])(?:" + CueWords.BY + "))"
            + "\\s+(.{1,60}?)\\s*(?:\\||\\bat\\b|\\bon\\b|\\bam\\b|\\bum\\b|\\ble\\b|\\bel\\b|\\sفي\\s|:|,|،|\\s[-–]\\s|$)");

    private static final Pattern SAID = Pattern.compile("(?im)^(.{1,60}?)\\s+(?:" + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:)?\\s*$");

    /** Where two words were glued by a page's markup: "AReduce font size" (a glyph "A" before its label). */
    /** What a site prints where a reader gave no name: "Anonymous", "Guest", "Anonyme", "Gast", "Anónimo", "Unknown". */
    private static final Pattern NO_NAME = Pattern.compile("(?i)anonymous|anonym|anonyme|anónimo|anonimo|anonymer? (?:user|"
            + "nutzer|benutzer)|guest|gast|invité|invitée|invitado|unknown|unbekannt|inconnu|desconocido");

    /** A reader who gave no name: many comments under it are many readers. */
    static boolean noName(String author) {
        return NO_NAME.matcher(author.strip()).matches();
    }

    static final Pattern GLUED_CAPITALS = Pattern.compile("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    /** What follows a name but is not part of it: the commenter's web address, an unverified-guest note. */
    private static final Pattern AUTHOR_TAIL = Pattern.compile("(?i)\\s+(?:(?:https?://|www\\.)\\S+|\\((?:not verified|"
            + "nicht überprüft|nicht verifiziert|non vérifié|no verificado|زائر|غير مسجل)\\))$"
            // "Phil White responded to Davey", "Kyle replied to comment from Ann" (the words may be glued to the name)
            + "|(?i)\\s*(?:responded|replied|answered|antwortete|répondu|respondió)\\s+(?:to|an|à|a)\\s+.{1,60}$");

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

    private static boolean separator(char c, String separators) {
        return TextEnds.space(c) || separators.indexOf(c) >= 0;
    }

    static String cleanAuthor(String raw) {
        String s = HtmlText.oneLine(raw);
        for (int i = 0; i < 3; i++) {
            String before = s;
            if (TextEnds.endsWithWord(s, SUFFIX_WORD_LIST, SUFFIX_MARKS)) {
                s = AUTHOR_SUFFIX.matcher(s).replaceFirst("");
            }
            s = AUTHOR_PREFIX.matcher(s).replaceFirst("");
            // separators between the name and the date or a badge ("PJ / November 13", "Ann · 2 h") are not the name
            if (!s.isEmpty() && (separator(s.charAt(0), LEADING_SEPARATORS)
                    || separator(s.charAt(s.length() - 1), TRAILING_SEPARATORS) || separator(TextEnds.last(s), TRAILING_SEPARATORS))) {
                s = AUTHOR_SEPARATORS.matcher(s).replaceAll("");
            }
            // a badge glyph after the name ("Brandon ☆", "Ann ✔"): the site's mark, not part of the name (a heart a
            // reader puts in their own name stays)
            String unbadged = BADGES.indexOf(TextEnds.last(s)) >= 0 ? STAFF_BADGE.matcher(s).replaceFirst("") : s;
            if (unbadged.codePoints().anyMatch(Character::isLetter)) {
                s = unbadged;
            }
            s = AUTHOR_NUMBER.matcher(s).replaceAll("");
            if (DATE_WORD_ENDS.indexOf(TextEnds.last(s)) >= 0) {
                s = AUTHOR_DATE_WORD.matcher(s).replaceAll("");
            }
            String lower = s.toLowerCase(Locale.ROOT);
            if (TAIL_CUES.stream().anyMatch(lower::contains)) {
                s = AUTHOR_TAIL.matcher(s).replaceFirst("");
            }
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

    private static final List<String> SAID_MARKS = List.of("...", "…", ":");

    static String authorFromText(String metaText) {
        Matcher said = SAID.matcher(metaText);
        // (a quick way past most texts: a "said" line ends with its saying word)
        if (TextEnds.lineEndsWithWord(metaText, SUFFIX_WORD_LIST, SAID_MARKS) && said.find()) {
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

    /** Words that open a byline and nothing else: "Posted by", "Geschrieben von", "Publié par". */
    static final Pattern STRONG_BY = Pattern.compile("(?i)posted\\s+by|geschrieben\\s+von|kommentar\\s+von|"
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
    static String nameBeforeDate(String metaText, String raw) {
        for (String line : metaText.split("\n")) {
            int at = line.indexOf(raw);
            if (at == 0) {
                // "Fr, 9. November 2012 - 15:30 — Pentangelis": the date (its weekday read with it) opens the line,
                // a dash or "by" leads to the name after it
                Matcher after = DATE_THEN_NAME.matcher(line.substring(raw.length()));
                String name = after.matches() ? cleanAuthor(after.group(1)) : "";
                if (!name.isEmpty() && name.length() <= 60 && Spaces.count(name) <= 6 && !onlyControls(name)
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
                    return !name.isEmpty() && name.length() <= 60 && Spaces.count(name) <= 6 ? name : "";
                }
                String name = DATE_JOINER.matcher(line.substring(0, at)).replaceAll("");
                name = cleanAuthor(name);
                String lead = line.substring(0, at).strip();
                if ((lead.endsWith(",") || lead.endsWith(".")) && WEEKDAY.matcher(lead.substring(0, lead.length() - 1)).matches()) {
                    // "Fri, 2012-11-09 15:30 — Pentangelis": the weekday is the date's; the name follows it
                    name = cleanAuthor(line.substring(at + raw.length()).replaceFirst("(?i)^[\\s|,\\-–—:]*(?:by|von|par|por)?\\s*", ""));
                }
                if (!name.isEmpty() && name.length() <= 60 && Spaces.count(name) <= 6
                        && !name.matches("(?i).*\\b(?:log ?in|reply|report|permalink|posted|quote)\\b.*")) {
                    return name;
                }
                return "";
            }
        }
        return "";
    }

    static final Pattern URL_LIKE = Pattern.compile("(?i)https?://|www\\.");
}
