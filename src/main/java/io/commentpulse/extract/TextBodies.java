package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.commentpulse.extract.TextBylines.Header;
import static io.commentpulse.extract.TextBylines.bareName;
import static io.commentpulse.extract.TextBylines.controlsOnly;
import static io.commentpulse.extract.TextBylines.words;
import static io.commentpulse.extract.TextExtractor.CHROME_LINE;
import static io.commentpulse.extract.TextListings.BULLETED;
import static io.commentpulse.extract.TextListings.menu;
import static io.commentpulse.extract.ThreadBounds.FOLD_CONTROL;
import static io.commentpulse.extract.ThreadBounds.FOLD_COUNT;

/**
 * A comment's text in a plain-text copy: the byline's controls, avatars, numbers and menus each comment repeats are
 * taken off, and the text is cut where the next comment's title or a pager begins.
 */
final class TextBodies {
    private TextBodies() {
    }

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
            + "login to reply|log in to reply|reply to (?:this )?(?:comment|post)|link to (?:this )?comment|link|antwortenlöschen|löschen|report(?:\\s+as)?\\s+abus(?:e|ive)|report this(?:\\s+comment)?|"
            + "flag as inappropriate|(?:missbrauch|beitrag|kommentar) melden|melden|signaler(?: un abus)?|denunciar(?: abuso)?|"
            + "reportar(?: abuso)?|"
            // a moderation label a copy shows though the page hides it ("Pending Awaiting Moderation")
            + "(?:pending\\s+)?(?:awaiting|in)\\s+moderation|pending|wartet auf freischaltung|en attente de modération|"
            + "pendiente de moderación|"
            // a button without a label as lynx prints it, with its vote count beside it ("Submit 0")
            + "submit(?:\\s+[-+]?\\d+)?|"
            // a script's placeholder for what it did not load ("Loading Loading", "Wird geladen …")
            + "(?:(?:loading|wird geladen|chargement|cargando)\\s*(?:\\.\\.\\.|…)?\\s*)+|"
            + "\\[[^\\]]*\\]|\\d+\\s*(?:likes?|replies|votes?|points?)|" + CueWords.REPLY + "|" + CueWords.CONTROLS + "|"
            + PAGER + ")$");

    record Body(Header header, TimestampParser.Match time, List<String> lines) {
    }

    /** A list's mark alone on its line, as lynx prints a nested item's: "+", "o", "#", "@", "*", "•". */
    private static final Pattern LONE_MARK = Pattern.compile("^[•*·◦□■☆○▪+o#@]$");

    /** A comment's first line is its list item's mark alone (lynx, "+" / "" / "or" / text): it is no word of it. */
    static void dropLoneMark(List<String> body) {
        int t = 0;
        while (t < body.size() && body.get(t).isBlank()) {
            t++;
        }
        if (t + 1 < body.size() && LONE_MARK.matcher(body.get(t).strip()).matches()) {
            body.subList(0, t + 1).clear();
        }
    }

    /** A comment's number alone on its line: "#11", "№ 3". */
    private static final Pattern COMMENT_NUMBER = Pattern.compile("^(?:#|№|nº|n°)\\s?(\\d{1,5})\\.?$");

    /** Bullets, empty lines and the repeated name before the text (PIXNET dumps), and the author's avatar. */
    static void trimOpening(List<String> body, String author) {
        while (!body.isEmpty() && (body.get(0).isEmpty() || opensAsName(body.get(0), author)
                || ITEM_START.matcher(body.get(0)).matches() || avatarLine(body.get(0), author)
                // the byline's controls over the text ("Reply"), where the text follows, not as the rest of their
                // sentence ("Report abuse" / "to Facebook directly, …" is the reader's)
                || controlsOnly(body.get(0).strip()) && body.stream().skip(1).anyMatch(l -> !l.isBlank())
                && (body.size() < 2 || !Character.isLowerCase(body.get(1).strip().codePoints().findFirst().orElse('A'))))) {
            body.remove(0);
        }
    }

    /** A line that comes down to nothing but bullets and numbers, or to the author's name. */
    private static boolean opensAsName(String line, String author) {
        String name = bareName(line);
        return name.isEmpty() || name.equals(author);
    }

    /** The next comment's title at the end of each text that runs on to the next byline ({@link NextTitles}). */
    static int dropNextTitles(List<String> lines, List<Header> headers, List<Body> bodies, ExtractOptions options) {
        int[] next = new int[bodies.size()];
        for (int k = 0; k < bodies.size(); k++) {
            Header h = bodies.get(k).header();
            int i = headers.indexOf(h);
            next[k] = !h.footer() && i >= 0 && i + 1 < headers.size() && !headers.get(i + 1).footer()
                    ? headers.get(i + 1).line() : -1;
        }
        return NextTitles.drop(lines, bodies.stream().map(Body::lines).toList(), next, options);
    }

    /**
     * The list of a comment's actions that opens the bodies of comments alike, as a text browser prints the menu
     * under each header ("• Delete" / "• Invite" / "• Follow jnovo22" / "• Flag" / "• Share to Twitter" / "• Go to
     * permalink"): its chrome, taken off where the comment has text after it. A reader's own list ("• Share the cost"
     * / "• Follow up with the council" / …) opens one comment, not several in the same words.
     */
    static void dropSharedMenus(List<Body> bodies) {
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
    static void dropOwnNumbers(List<Body> bodies) {
        dropBareNumbers(bodies);
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

    /**
     * The comments' numbers without a mark, printed over their texts ("464", then "465" over the next), on a line of
     * their own or run into the text's first line where the copy joined them: taken off where most comments open with
     * one and four in five of them go on from the number before (a thread with some comments missed skips a few). A
     * reader's words that open with a figure ("2 cups was plenty") do not count on like that.
     */
    private static void dropBareNumbers(List<Body> bodies) {
        List<Body> numbered = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (Body b : bodies) {
            Matcher m = b.lines().isEmpty() ? null : BARE_NUMBER.matcher(b.lines().get(0).strip());
            if (m != null && m.lookingAt()) {
                numbered.add(b);
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        int onward = 0;
        for (int i = 1; i < numbers.size(); i++) {
            onward += numbers.get(i) == numbers.get(i - 1) + 1 ? 1 : 0;
        }
        if (numbered.size() < 3 || numbered.size() * 2 < bodies.size() || onward * 5 < (numbers.size() - 1) * 4) {
            return;
        }
        for (Body b : numbered) {
            String first = b.lines().get(0).strip();
            Matcher m = BARE_NUMBER.matcher(first);
            String rest = m.lookingAt() ? first.substring(m.end()).strip() : first;
            if (!rest.isEmpty()) {
                b.lines().set(0, rest);
            } else if (b.lines().stream().skip(1).anyMatch(l -> !l.isBlank())) {
                b.lines().remove(0);
                while (!b.lines().isEmpty() && b.lines().get(0).isEmpty()) {
                    b.lines().remove(0);
                }
            }
        }
    }

    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,5})(?:\\.?\\s+|\\.?$)");

    /**
     * Drops the lines that open three records or more, and half of them, line after line: a comment's menu as a copy
     * of the page keeps it ("Edit" / "Delete" / "Follow jnovo22" / "Unfollow jnovo22" / … / "Go to permalink" over
     * every text). A line is the same in two records when it is the same but for each record's own name, as shown or
     * as its handle ("Follow Patrick Allan", "Follow patrickallan").
     */
    static void dropSharedOpening(List<Body> bodies) {
        String[] keys = new String[bodies.size()];
        for (int round = 0; round < MAX_SHARED_OPENING; round++) {
            Map<String, Integer> counts = new HashMap<>();
            Map<String, Set<String>> writers = new HashMap<>();
            for (int k = 0; k < bodies.size(); k++) {
                List<String> lines = bodies.get(k).lines();
                keys[k] = lines.isEmpty() || lines.get(0).length() > SHARED_LINE ? null
                        : ownNameMasked(lines.get(0), bodies.get(k).header().author());
                if (keys[k] != null) {
                    counts.merge(keys[k], 1, Integer::sum);
                    writers.computeIfAbsent(keys[k], x -> new HashSet<>()).add(bodies.get(k).header().author());
                }
            }
            boolean dropped = false;
            for (int k = 0; k < bodies.size(); k++) {
                List<String> lines = bodies.get(k).lines();
                // (a longer line than a menu's words opens the texts of three writers at least: one reader's comment
                // that the page prints three times is still theirs)
                int n = keys[k] == null || keys[k].length() > MENU_LINE && writers.get(keys[k]).size() < 3 ? 0
                        : counts.get(keys[k]);
                if (n >= 3 && n * 2 >= bodies.size() && lines.size() > 1
                        && lines.stream().skip(1).anyMatch(l -> !l.isEmpty())) {
                    lines.remove(0);
                    while (!lines.isEmpty() && lines.get(0).isEmpty()) {
                        lines.remove(0);
                    }
                    dropped = true;
                }
            }
            if (!dropped) {
                return;
            }
        }
    }

    /**
     * The longest line {@link #dropSharedOpening} reads: a report box's question ("Do you want to report this comment
     * as inappropriate?") opens every text as the menu's words do; a reader's own line is not in half the thread.
     */
    private static final int SHARED_LINE = 100;

    /** The longest line of a comment's menu ("Unfollow jnovo22", "Go to permalink"). */
    private static final int MENU_LINE = 40;

    /** How many lines of a shared menu are dropped at most. */
    private static final int MAX_SHARED_OPENING = 40;

    /**
     * The line with each word of three letters or more that is part of the record's byline (its name as shown, or as
     * a handle: lower case, no spaces; a reply's byline may hold the name it answers too) replaced by one mark, a run
     * of such words by one.
     */
    static String ownNameMasked(String line, String author) {
        String squashed = author == null ? "" : Spaces.removed(author.toLowerCase(Locale.ROOT));
        if (squashed.length() < 3) {
            return line;
        }
        StringBuilder out = new StringBuilder();
        boolean masked = false;
        for (String w : Spaces.split(line.strip())) {
            boolean own = w.length() >= 3 && squashed.contains(w.toLowerCase(Locale.ROOT));
            if (!(own && masked)) {
                out.append(out.length() > 0 ? " " : "").append(own ? "\u0000" : w);
            }
            masked = own;
        }
        return out.toString();
    }

    /** An image's alt text naming the author above the text: "ReallySparky's picture", "Avatar of Ann", "Ann avatar". */
    static boolean avatarLine(String line, String author) {
        String l = line.strip();
        return !author.isEmpty() && l.length() <= author.length() + 20 && l.contains(author)
                && AVATAR_WORD.matcher(l.replace(author, " ")).find();
    }

    private static final Pattern AVATAR_WORD = Pattern.compile("(?i)(?<![\\p{L}])(?:picture|avatar|photo|image|bild|profilbild|"
            + "foto|gravatar|user ?pic)(?![\\p{L}])");

    static boolean isTrailer(String line) {
        return TRAILER.matcher(line).matches();
    }

    static boolean isChrome(String line) {
        return CHROME_LINE.matcher(line).lookingAt();
    }

    /** A list item's first line holding only its bullet and a score ("• 2"): where a Stack Exchange comment opens. */
    static final Pattern ITEM_START = Pattern.compile("^[•*·◦]\\s*[+\\-−]?\\d{0,5}$");

    static final Pattern LOWER_WORD = Pattern.compile("(?<![\\p{L}])\\p{Ll}\\p{L}+");

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
            if (n >= 3 && Spaces.count(k) >= 3 && !k.matches(".*[.!?…:]$") && LOWER_WORD.matcher(k).results().count() >= 2) {
                out.add(k);
            }
        });
        return out;
    }

    /** The marks w3m prints before a list item, at each depth of nesting. */
    static final String BULLETS = "•*·◦□☆○■★●";

    static final Pattern LIST_BULLET = Pattern.compile("^\\s*[" + BULLETS + "]\\s*");

    static String chromeKey(String line) {
        return LIST_BULLET.matcher(line).replaceFirst("");
    }

    /** A poster's address, masked as forums print it before the date ("78.88.189.* 2015-08-16 01:15"). */
    static final Pattern MASKED_IP = Pattern.compile("(?i)^(?:ip:?\\s*)?\\d{1,3}(?:\\.\\d{1,3}){1,2}\\.(?:\\*|x{1,3})$");

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

    /**
     * The comments' texts less a control to show the rest ("rozwiń komentarz") that a copy glued to their last words
     * ("… pozdrawiamrozwiń komentarz"): taken off only where it ends two texts or more of the page, as a control does
     * (a reader's "… avoir plus" ends one text, and would read as "a" + "voir plus").
     */
    static List<String> withoutGluedControl(List<String> texts) {
        Map<String, Integer> ends = new HashMap<>();
        List<Matcher> glued = new ArrayList<>(texts.size());
        for (String t : texts) {
            Matcher m = gluedControl(t);
            glued.add(m);
            if (m != null) {
                ends.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            Matcher m = glued.get(i);
            out.add(m != null && ends.get(m.group().toLowerCase(Locale.ROOT)) >= 2 ? t.substring(0, m.start()).strip() : t);
        }
        return out;
    }

    /** The glued control ending {@code text}, looked for in its last 40 characters only, or null. */
    private static Matcher gluedControl(String text) {
        Matcher m = GLUED_EXPAND.matcher(text).region(Math.max(0, text.length() - 40), text.length())
                .useTransparentBounds(true);
        return m.find() ? m : null;
    }

    private static final Pattern GLUED_EXPAND = Pattern.compile("(?<=[\\p{L}\\p{P}])" + CueWords.EXPAND + "$");
}
