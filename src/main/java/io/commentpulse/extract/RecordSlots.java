package io.commentpulse.extract;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assigns the slots of the comments {@link RecordDetector} found, where no class name says which part is which, by
 * comparing the records of a page with each other:
 * <ul>
 *   <li><b>chrome</b>: a line seen in at least 40% of three or more records (buttons, counters, badges, "Reply",
 *   "Login to reply", comment numbers), role labels ("Gast", "Guest", "Autor") and lines without a letter;</li>
 *   <li><b>author</b>: the position that holds a short, name-like line in most records: the name beside the date
 *   ("Posted by X at DATE"), or the first or second line of the record, or its last or second-to-last line;</li>
 *   <li><b>signature</b>: a line repeated under most comments of one author while the rest of them differs;</li>
 *   <li><b>text</b>: what remains once chrome, the author's line, a short date line and the signature are taken
 *   out (the title, when nothing else remains).</li>
 * </ul>
 */
final class RecordSlots {
    private static final Pattern ROLE = Pattern.compile("(?i)^(?:gast|guest|autor|author|admin|administrator|"
            + "moderator|mod|invité|invitée|invitado|anonymous|anonym|anónimo|anonyme|member|mitglied|membre|"
            + "miembro|verified|staff|editor|redaktion|rédaction|redacción)$");
    /** The line that names the comment answered, over a reply's text ("Reply to Alexis", "In reply to Ann"). */
    private static final Pattern REPLY_TO = Pattern.compile("(?i)(?:in\\s+)?(?:reply|replying|antwort|réponse|respuesta)"
            + "\\s+(?:to|an|à|a)\\s+[^.!?,:;]{1,40}");
    private static final Pattern FIELD = Pattern.compile("([\\p{L} ]{1,25}):\\s+\\S.{0,30}");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^[#№]?\\s*\\d+[.:)]?$");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i).*(?:[.!?:;…]$|\\b(?:posted|reply|says|said|wrote|"
            + "schrieb|antworten|répondre|responder|permalink|link|report|quote|edit|share|like|flag|profile)\\b"
            + "|" + CueWords.word(CueWords.REPLY + "|" + CueWords.SAYS + "|" + CueWords.CONTROLS) + ").*"
            + "|(?:on|at|by|am|um|le|el|de|von|par|por|the|and|in|um|à|a)"
            // a labelled field of the profile ("Party: Conservative", "Location: Ohio"), not a name
            + "|[\\p{L} ]{1,25}:\\s+\\S.*");

    /** Where a page's records keep their author, in order of preference on a tie. */
    enum Slot { DATE_LINE, HEAD0, HEAD1, TAIL0, TAIL1, NONE }

    /** One record's lines less chrome, and which of them holds the date. */
    private record Lines(List<String> lines, int dateAt, String date) {
    }

    private final Set<String> chrome;
    /** The records' lines are their meta alone (no text among them): a record's only line may be its name. */
    private final boolean metaOnly;
    private Slot slot = Slot.NONE;
    /** Per author (lower case): lines every other record of theirs repeats, signatures under their comments. */
    private final Map<String, Set<String>> signatures = new HashMap<>();

    private RecordSlots(Set<String> chrome, boolean metaOnly) {
        this.chrome = chrome;
        this.metaOnly = metaOnly;
    }

    /**
     * Learns a page's chrome, author slot and signatures from its records' visible lines, the date each shows
     * ({@code dates.get(i)} may be empty) and the author read from its markup ({@code authors.get(i)}, may be empty).
     */
    static RecordSlots learn(List<String> recordTexts, List<String> dates, List<String> authors) {
        return learn(recordTexts, dates, authors, false);
    }

    /**
     * As {@link #learn(List, List, List)}, over the lines of comments outside their body elements (their author
     * line, date and controls), where a record's one line left may be its name.
     */
    static RecordSlots learnMeta(List<String> metaTexts, List<String> dates, List<String> authors) {
        return learn(metaTexts, dates, authors, true);
    }

    private static RecordSlots learn(List<String> recordTexts, List<String> dates, List<String> authors,
                                     boolean metaOnly) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();   // how often each line opens its record
        for (String text : recordTexts) {
            Set<String> once = new HashSet<>();
            int place = 0;
            for (String line : text.split("\n")) {
                once.add(key(line));
                if (line.isBlank()) {
                    continue;
                }
                if (place == 0) {
                    first.merge(key(line), 1, Integer::sum);
                }
                String label = fieldLabel(line, place++);
                if (label != null) {
                    once.add(label);   // "Party: Conservative", "Party: NA": one field, its value varies
                }
            }
            once.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        Set<String> chrome = new HashSet<>();
        int n = recordTexts.size();
        if (n >= 3) {
            seen.forEach((k, c) -> {
                // (a blog's owner who answers half the readers opens half the records with one name: no chrome
                // where the other records open with names of their own)
                boolean owner = first.getOrDefault(k, 0).equals(c) && c <= 0.7 * n && first.size() >= 4
                        && nameLikeAlone(k);
                if (c >= Math.max(3, 0.4 * n) && k.length() <= 80 && !owner) {
                    chrome.add(k);
                }
            });
        }
        RecordSlots slots = new RecordSlots(chrome, metaOnly);
        int[] votes = new int[Slot.values().length];
        List<Map<String, Integer>> values = new ArrayList<>();
        for (Slot s : Slot.values()) {
            values.add(new HashMap<>());
        }
        List<Lines> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Lines l = slots.lines(recordTexts.get(i), dates.get(i));
            all.add(l);
            for (Slot s : Slot.values()) {
                String c = s == Slot.NONE ? "" : slots.candidate(l, s);
                if (slots.nameLike(c)) {
                    votes[s.ordinal()]++;
                    values.get(s.ordinal()).merge(c.toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
        for (Slot s : Slot.values()) {
            // the same "name" in most records is a label ("Permalink", "Anonymous" aside), not an author slot; a
            // blog's owner who answers every reader fills half the records with one name among many others
            int most = values.get(s.ordinal()).values().stream().max(Integer::compare).orElse(0);
            int others = values.get(s.ordinal()).size() - 1;
            if (n >= 3 && (most >= 0.8 * n || most >= 0.5 * n && others < 3)) {
                votes[s.ordinal()] = 0;
            }
        }
        int best = Slot.NONE.ordinal();
        for (Slot s : Slot.values()) {
            if (s != Slot.NONE && votes[s.ordinal()] >= 0.6 * n
                    && (best == Slot.NONE.ordinal() || votes[s.ordinal()] > votes[best])) {
                best = s.ordinal();
            }
        }
        slots.slot = Slot.values()[best];
        slots.learnSignatures(all, authors);
        return slots;
    }

    /**
     * A line that at least two records of one author hold, in at least half of that author's records, while those
     * records differ otherwise: the signature the site prints under each of their comments, not their text.
     */
    private void learnSignatures(List<Lines> recordLines, List<String> authors) {
        Map<String, List<Set<String>>> byAuthor = new HashMap<>();
        for (int i = 0; i < recordLines.size(); i++) {
            Lines l = recordLines.get(i);
            String who = slot == Slot.NONE ? "" : candidate(l, slot);
            who = nameLike(who) ? who : authors.get(i);
            if (who.isEmpty()) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            for (int j = 0; j < l.lines().size(); j++) {
                if (j != l.dateAt()) {
                    keys.add(key(l.lines().get(j)));
                }
            }
            keys.remove(key(who));
            byAuthor.computeIfAbsent(who.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(keys);
        }
        byAuthor.forEach((who, records) -> {
            if (records.size() < 2) {
                return;
            }
            Map<String, Integer> count = new HashMap<>();
            records.forEach(r -> r.forEach(k -> count.merge(k, 1, Integer::sum)));
            Set<String> sig = new HashSet<>();
            count.forEach((k, c) -> {
                if (c >= 2 && c >= 0.5 * records.size() && k.length() >= 3) {
                    sig.add(k);
                }
            });
            // records that are all alike (a comment posted twice) have no signature to tell apart
            if (!sig.isEmpty() && records.stream().anyMatch(r -> !sig.containsAll(r))) {
                signatures.put(who, sig);
            }
        });
    }

    /** A line as compared across records: lower case, digits as #, white space collapsed. */
    /**
     * "field party: 1" for a short labelled line "Party: Conservative" that is line 1 of its record, else null: a
     * profile field stands at one place in every record; a reader's own "CPU: …" lines wander with their text.
     */
    private static String fieldLabel(String line, int at) {
        Matcher m = FIELD.matcher(line.strip());
        return m.matches() ? "field " + m.group(1).toLowerCase(Locale.ROOT) + ": " + at : null;
    }

    static String key(String line) {
        return Spaces.collapsed(DIGITS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("#")).strip();
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private boolean isChrome(String line) {
        return isChrome(line, -1);
    }

    /** Chrome; {@code at}, the line's place among its record's lines (-1 unknown), lets a profile field count. */
    private boolean isChrome(String line, int at) {
        String s = line.strip();
        String label = at < 0 ? null : fieldLabel(s, at);
        return chrome.contains(key(s)) || label != null && chrome.contains(label) || ROLE.matcher(s).matches() || NUMBER_ONLY.matcher(s).matches()
                || !LETTER.matcher(s).find() || controls(s);
    }

    private Lines lines(String recordText, String date) {
        List<String> out = new ArrayList<>();
        int at = -1;
        int place = 0;
        for (String l : recordText.split("\n")) {
            String s = l.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (at < 0 && !date.isEmpty() && s.contains(date)) {
                at = out.size();
                out.add(s);
            } else if (!isChrome(s, place)) {
                out.add(s);
            }
            place++;
        }
        return new Lines(out, at, date);
    }

    /**
     * A bar of two or more controls whose counts vary ("Reply 4 Votes", "Reply Vote"): chrome however few records
     * repeat it as written. One control word alone ("quote:", "Like") may open a reader's text.
     */
    private static boolean controls(String line) {
        return java.util.Arrays.stream(line.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).count() >= 2
                && CommentChrome.onlyControls(line);
    }

    /** The slot's line as a name, or "" when the record has no such line. */
    private String candidate(Lines l, Slot s) {
        List<String> lines = l.lines();
        int n = lines.size();
        int i = switch (s) {
            case DATE_LINE -> l.dateAt();
            case HEAD0 -> 0;
            case HEAD1 -> 1;
            case TAIL0 -> n - 1;
            case TAIL1 -> n - 2;
            case NONE -> -1;
        };
        if (i < 0 || i >= n) {
            return "";
        }
        if (s == Slot.DATE_LINE) {
            return nameOnLine(lines.get(i), l.date());
        }
        return i == l.dateAt() || n < 2 && !metaOnly ? "" : name(lines.get(i));
    }

    /** The name at the page's author slot of one record's lines, or "" where the slot holds none or none was found. */
    String author(String recordText, String date) {
        return authorIn(lines(recordText, date));
    }

    /** The name in the page's author slot of these record lines, or "" where the slot holds nothing name-like. */
    private String authorIn(Lines l) {
        String a = slot == Slot.NONE ? "" : candidate(l, slot);
        return nameLike(a) ? a : "";
    }

    /** The fields re-read from the record's lines by the page's slots; {@code titles} are headings, never text. */
    CommentFields.Fields tidy(CommentFields.Fields f, String recordText, Set<String> titles) {
        Lines l = lines(recordText, f.timestampRaw());
        List<String> lines = new ArrayList<>(l.lines());
        String author = authorIn(l);
        int authorAt = switch (slot) {
            case HEAD0 -> 0;
            case HEAD1 -> 1;
            case TAIL0 -> lines.size() - 1;
            case TAIL1 -> lines.size() - 2;
            default -> -1;
        };
        String signer = (!author.isEmpty() ? author : f.author()).toLowerCase(Locale.ROOT);
        Set<String> signature = signatures.getOrDefault(signer, Set.of());
        List<String> text = new ArrayList<>();
        String title = "";
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i);
            boolean dateLine = i == l.dateAt() && (s.length() < f.timestampRaw().length() + 60 || bylineOnly(s, f.timestampRaw()));
            boolean isTitle = titles.contains(s) && !s.equals(author);
            if (isTitle && title.isEmpty()) {
                title = s;
            }
            if (dateLine || i == authorAt && !author.isEmpty() || isChrome(s) || isTitle && lines.size() > 1) {
                continue;
            }
            text.add(s);
        }
        // an author's signature closes their comments; lines they repeat at the start are theirs ("Hey Joe,") unless
        // they carry the author's own name (the buttons "Follow timgray", "Unfollow timgray")
        while (!text.isEmpty() && signature.contains(key(text.get(text.size() - 1)))) {
            text.remove(text.size() - 1);
        }
        String own = letters(!author.isEmpty() ? author : f.author());
        while (!text.isEmpty() && signature.contains(key(text.get(0))) && own.length() >= 3
                && letters(text.get(0)).contains(own)) {
            text.remove(0);
        }
        if (text.isEmpty() && title.isEmpty()) {
            for (String raw : recordText.split("\n")) {
                if (!raw.isBlank() && titles.contains(raw.strip()) && !LETTER.matcher(raw).find()) {
                    title = raw.strip();   // a title with no letters ("+1", "...") is still the comment's title
                    break;
                }
            }
        }
        if (text.isEmpty() && !title.isEmpty()) {
            text.add(title);   // a comment that is only a title (and a signature)
        }
        if (author.isEmpty() && !f.author().isEmpty() && !isChrome(f.author())) {
            author = f.author();
        }
        String who = author;
        while (text.size() > 1 && (!who.isEmpty() && name(text.get(0)).equals(who)
                || REPLY_TO.matcher(text.get(0)).matches())) {
            text.remove(0);
        }
        String joined = CommentChrome.cleanText(String.join("\n", text));
        if (!f.quote().isEmpty() && joined.startsWith(f.quote())) {
            joined = joined.substring(f.quote().length()).strip();
        }
        return new CommentFields.Fields(author, f.timestamp(), f.timestampRaw(), joined.isEmpty() ? f.text() : joined,
                f.quote());
    }

    /** The letters and digits of {@code s}, lower case: a name as it shows inside a button label or a glued line. */
    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** A long date line that is still no sentence: a few words beside the date, none ending a sentence. */
    private static boolean bylineOnly(String line, String date) {
        int at = date.isEmpty() ? -1 : line.indexOf(date);
        if (at < 0) {
            return false;
        }
        String rest = (line.substring(0, at) + " " + line.substring(at + date.length())).strip();
        return Spaces.count(rest) <= 12 && !rest.matches("(?s).*[.!?…؟](?:\\s.*|$)");
    }

    /** "Name | DATE", "Posted by Name on DATE", "DATE by Name": the name beside the date on one line. */
    private String nameOnLine(String line, String date) {
        int i = line.indexOf(date);
        if (i < 0) {
            return "";
        }
        String lead = name(line.substring(0, i));
        if (nameLike(lead)) {
            return lead;
        }
        String tail = name(line.substring(i + date.length())
                .replaceFirst("(?i)^[\\s|,·•\\-–—:]*(?:by|von|par|por|de)?\\s+", ""));
        return nameLike(tail) ? tail : "";
    }

    /** {@link #nameIn}'s answers: each slot of each record is read while learning the slots, and again when tidying. */
    private static final Answers<String, String> NAMES = new Answers<>(RecordSlots::nameIn, 4_096);

    /** A name as shown, less a leading comment number, a role badge, "via Facebook" and a date glued to it. */
    private static String name(String s) {
        return s.length() > 1_000 ? nameIn(s) : NAMES.of(s);
    }

    private static String nameIn(String s) {
        String n = AuthorNames.cleanAuthor(withoutPlace(withoutGluedDate(s)));
        n = n.replaceFirst("^\\d+\\s+(?=\\p{L})", "")
                .replaceFirst("(?i)\\s*via\\s+(?:facebook|twitter|google\\+?|disqus|yahoo|aol|hotmail)$", "")
                .replaceFirst("(?i)\\s+[-–|]\\s*(?:author|autor|auteur|admin|moderator)$", "");
        return AuthorNames.cleanAuthor(n);
    }

    /** The longest line a name and a date glued to it can make (a name of 60 characters and the longest date). */
    private static final int LONGEST_NAMED_LINE = 150;

    /**
     * {@code s} less a date its markup glued to the name with no space ("Elsa6 days ago", "Joan McGettigan10/28/12": a
     * name element and a date element side by side, spaced by the page's style alone); unchanged when no date with
     * more than digits closes it from a letter-digit seam.
     */
    static String withoutGluedDate(String s) {
        if (s.length() > LONGEST_NAMED_LINE) {
            return s;   // a line of text: less any date it could not come down to a name's 60 characters
        }
        for (int i = 1; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i - 1)) && Character.isDigit(s.charAt(i))) {
                String spaced = s.substring(0, i) + " " + s.substring(i);
                var m = TimestampParser.find(spaced, ZoneOffset.UTC, null);
                if (m.isPresent() && m.get().start() == i + 1 && m.get().end() >= spaced.strip().length()
                        && !m.get().raw().matches("\\d+")) {
                    return s.substring(0, i);
                }
            }
        }
        return s;
    }

    /**
     * {@code s} less the place shown after the name, where two elements side by side left a space before the comma
     * ("Roger Sample , Perryville, United States"); a name written "Smith, John" has none.
     */
    static String withoutPlace(String s) {
        int at = s.indexOf(" , ");
        return at > 0 && LETTER.matcher(s.substring(0, at)).find() ? s.substring(0, at) : s;
    }

    /** A line that may be a name whatever the page's chrome: short, no date, no control's or sentence's words. */
    private static boolean nameLikeAlone(String s) {
        return !s.isEmpty() && s.length() <= 60 && Spaces.count(s) <= 6 && LETTER.matcher(s).find()
                && !ROLE.matcher(s).matches() && !NOT_A_NAME.matcher(s).matches() && !s.contains("#")
                && TimestampParser.find(s, ZoneOffset.UTC, null).isEmpty();
    }

    private boolean nameLike(String s) {
        return !s.isEmpty() && s.length() <= 60 && Spaces.count(s) <= 6 && !isChrome(s)
                && !NOT_A_NAME.matcher(s).matches() && TimestampParser.find(s, ZoneOffset.UTC, null).isEmpty();
    }
}
