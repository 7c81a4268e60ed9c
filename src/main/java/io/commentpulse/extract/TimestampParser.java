package io.commentpulse.extract;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and parses the dates people see on pages: English, German, French, Spanish and Arabic month names (Arabic-Indic
 * digits too), numeric dates, ISO-8601 and RFC 1123 machine values, and relative times ("3 hours ago", "vor 2 Tagen",
 * "منذ 3 ساعات") resolved
 * against a reference time. Times without a zone take the given zone.
 */
public final class TimestampParser {

    /** A date found in text: where it was, the text as shown, and its value (null when it cannot be resolved). */
    public record Match(int start, int end, String raw, OffsetDateTime value) {
    }

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();

    static {
        String[][] names = {
                {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "januari", "janeiro"},
                {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "februari", "fevereiro"},
                {"march", "mar", "märz", "maerz", "mrz", "mär", "mars", "marzo", "maart", "marts", "março"},
                {"april", "apr", "avril", "avr", "abril", "abr", "aprile"},
                {"may", "mai", "mayo", "maggio", "mei", "maj", "maio"},
                {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
                {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho"},
                {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "augusti"},
                {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
                {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro"},
                {"november", "nov", "novembre", "noviembre", "novembro"},
                {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro"},
        };
        // Arabic: the Egyptian and Gulf names, the Levantine (Syriac) ones and the Maghreb ones, with and without hamza
        String[][] arabic = {
                {"يناير", "كانون الثاني", "جانفي"},
                {"فبراير", "شباط", "فيفري"},
                {"مارس", "آذار", "اذار"},
                {"أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "افريل"},
                {"مايو", "أيار", "ايار", "ماي"},
                {"يونيو", "يونيه", "حزيران", "جوان"},
                {"يوليو", "يوليه", "تموز", "جويلية"},
                {"أغسطس", "اغسطس", "آب", "أوت", "اوت"},
                {"سبتمبر", "أيلول", "ايلول"},
                {"أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"},
                {"نوفمبر", "تشرين الثاني"},
                {"ديسمبر", "كانون الأول", "كانون الاول"},
        };
        for (int i = 0; i < names.length; i++) {
            for (String n : names[i]) {
                MONTHS.put(n, i + 1);
            }
            for (String n : arabic[i]) {
                MONTHS.put(n, i + 1);
            }
        }
        ZONES.put("z", ZoneOffset.UTC);
        ZONES.put("utc", ZoneOffset.UTC);
        ZONES.put("gmt", ZoneOffset.UTC);
        ZONES.put("edt", ZoneOffset.ofHours(-4));
        ZONES.put("est", ZoneOffset.ofHours(-5));
        ZONES.put("cdt", ZoneOffset.ofHours(-5));
        ZONES.put("cst", ZoneOffset.ofHours(-6));
        ZONES.put("mdt", ZoneOffset.ofHours(-6));
        ZONES.put("mst", ZoneOffset.ofHours(-7));
        ZONES.put("pdt", ZoneOffset.ofHours(-7));
        ZONES.put("pst", ZoneOffset.ofHours(-8));
        ZONES.put("et", ZoneId.of("America/New_York"));
        ZONES.put("pt", ZoneId.of("America/Los_Angeles"));
        ZONES.put("cet", ZoneOffset.ofHours(1));
        ZONES.put("cest", ZoneOffset.ofHours(2));
        ZONES.put("bst", ZoneOffset.ofHours(1));
        ZONES.put("ist", ZoneOffset.ofHoursMinutes(5, 30));
    }

    private static final String L = "(?<![\\p{L}\\d])";
    private static final String R = "(?![\\p{L}])";
    private static final String MONTH = "(" + alternation(MONTHS.keySet()) + ")\\.?" + R;
    /** Days of the week in English, German, French and Spanish, in lower case: the names a date may open with. */
    static final String WEEKDAY_NAMES = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?"
            + "|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|mo|di|mi|do|fr|sa|so"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            + "|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
            + "|الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد";
    /** The letters a name of {@link #WEEKDAY_NAMES} begins with: most positions of a text are past at one test. */
    private static final String WEEKDAY_FIRST = "[mtwfsdljvا]";
    private static final String WEEKDAY = "(?=" + WEEKDAY_FIRST + ")(?:" + WEEKDAY_NAMES + ")\\.?,?\\s+";
    /*
     * No case-insensitive flag: every pattern is written in lower case and matched against a lower-cased copy of the
     * text of the same length ({@link #fold}), so positions carry over to the original. Case-insensitive Unicode
     * matching folded every character of every alternative at every position, which was most of the extractor's
     * time in this class.
     */
    private static final int FLAGS = 0;

    private static final Pattern ISO = Pattern.compile(L + "(\\d{4})-(\\d{2})-(\\d{2})(?:[t ](\\d{1,2}):(\\d{2})"
            + "(?::(\\d{2})(?:\\.\\d+)?)?\\s*(z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)", FLAGS);
    private static final Pattern MDY = Pattern.compile(L + "(?:" + WEEKDAY + ")?" + MONTH
            + "\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s+(\\d{4})(?!\\d))?", FLAGS);
    // a day number may follow a name glued to it ("Sana6. Juni 2015"), but never another digit
    private static final Pattern DMY = Pattern.compile(L + "(?:" + WEEKDAY + ")?(\\d{1,2})(?:st|nd|rd|th|er|\\.)?"
            + "\\s*(?:de\\s+|(?<=st|nd|rd|th)\\s*of\\s+)?" + MONTH + ",?\\s*(?:de\\s+)?(\\d{4}|'\\d{2}|\\d{2}(?=,?\\s+(?:at\\s+|um\\s+|à\\s+)?\\d{1,2}:\\d{2}))"
            + "(?!\\d)", FLAGS);   // (a year of two digits only before a time: "7 Aug 12 at 11:21 pm")
    // a day number glued to the name before it ("Sana6. Juni 2015", "LandGirl198028 October 2012"): tried only where a
    // letter, or a letter and the digits that end a name, touches a day number (the day is the last one or two digits)
    private static final Pattern DMY_GLUED = Pattern.compile("(?<=\\p{L}\\p{N}{0,6})(\\d{1,2})(?:st|nd|rd|th|er|\\.)?"
            + DMY.pattern().substring(DMY.pattern().indexOf("(?:st|nd|rd|th|er|\\.)?") + "(?:st|nd|rd|th|er|\\.)?".length()), FLAGS);
    private static final Pattern GLUED_HINT = Pattern.compile("\\p{L}\\d{1,8}(?:st|nd|rd|th|er|\\.)?\\s*\\p{L}");
    private static final Pattern NUMERIC = Pattern.compile(L + "(?:" + WEEKDAY + ")?(\\d{1,4})([./])\\s?(\\d{1,2})\\2\\s?(\\d{2,4})(?![\\d.]\\d)",
            FLAGS);
    /**
     * A dashed numeric date as forums print it in a byline, always with its time: "03-05-2020, 10:12 AM" (read month
     * first, as slashes are). Without a time after it ("Request filed: 03-14-2020") it is no date here: in a text it
     * is more often a reference than the comment's time.
     */
    private static final Pattern DASHED = Pattern.compile(L + "(\\d{1,2})(-)(\\d{1,2})-(\\d{4})(?=,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2})",
            FLAGS);
    /**
     * A dashed numeric date that ends its line, with at most a name of a few words before it on that line: the
     * comment's date in a byline of its own ("effes54 09-06-2022", or an element that shows the date alone). A
     * label before it ("Request filed: 03-14-2020") or words after it keep it a reference in a text.
     */
    private static final Pattern DASHED_ALONE = Pattern.compile("(?m)" + L + "(\\d{1,2})(-)(\\d{1,2})-(\\d{4})(?=[ \\t]*$)",
            FLAGS);
    /** A colon and words after a relative time: a label ("One year ago: Brownie Mosaic Cheesecake"), no time. */
    private static final Pattern LABEL_AFTER = Pattern.compile("[ \\t]*:[ \\t]*\\p{L}");
    /** What may stand before {@link #DASHED_ALONE} on its line: up to three words without a colon (a name). */
    private static final Pattern NAME_BEFORE = Pattern.compile("[ \\t]*(?:[^\\s:]{1,30}[ \\t]+){0,3}");
    /**
     * A month and day with slashes and no year, always with a 12-hour clock after it, as a byline prints it: "03/04 at
     * 5:28 pm" (month first, as slashed dates are read here; a first number over 12 is the day: "25/04 at 5:28 pm";
     * the year is the reference's, as for "November 1"). Without such a clock ("1/2 cup", "24/7"), or as the tail of a
     * longer number ("3/10/28"), it is no date.
     */
    private static final Pattern MONTH_DAY = Pattern.compile(L + "(?<![/.\\d])(\\d{1,2})/(\\d{1,2})(?![\\d/])"
            + "(?=,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\b)", FLAGS);
    private static final Pattern TIME_TAIL = Pattern.compile("^(?:\\s*(?:г\\.|год\\.?|r\\.|roku)(?![\\p{L}]))?"
            // (the year's abbreviation in Bulgarian, Russian and Polish dates: "16.08.2015 г. 10:16", "2015 r., 10:15")
            + "(?:\\s*(?:,|-|–|—|\\||@|at|um|à|a las|a la|alle|,\\s*at|t|в|kl\\.?|om|,?\\s*(?:o\\s+)?godz\\.|o"
            + "|(?:[-–,]\\s*)?(?:في\\s+)?(?:الساعة|الساعه)|في)?\\s*)"
            // "14:05", "14h05", and the French "14 h 05"
            // the minutes may touch a comment number before a name, as a copied page glues them ("19h202 Timon")
            + "(\\d{1,2})(?::|\\s?h\\s?)(\\d{2})(?::(\\d{2}))?(?:(?!\\d)|(?=\\d{1,3}\\s+\\p{L}))\\s*(?:uhr\\b|h\\b)?\\s*"
            // a.m./p.m., and the Arabic ص / م (صباحاً, مساءً)
            + "([ap]\\.?\\s?m\\.?(?![\\p{L}])|(?:ص|م)(?:باحا|ساء)?\\p{M}*(?![\\p{L}]))?"
            + "(?:\\s*(z|utc|gmt|[ecmp][sd]t|et|pt|cet|cest|bst|[+-]\\d{2}:?\\d{2})(?![\\p{L}]))?", FLAGS);
    /**
     * A time of day right before its date, with at most a joining word: "03:24 AM on 9/19/2010", "9:39AM BST 05 Oct
     * 2011", "10:15, 12.03.2013".
     */
    private static final Pattern TIME_HEAD = Pattern.compile("(?<![\\d:.])(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*"
            + "([ap]\\.?\\s?m\\.?(?![\\p{L}]))?(?:\\s*(z|utc|gmt|[ecmp][sd]t|et|pt|cet|cest|bst)(?![\\p{L}]))?"
            + "\\s*(?:,|-|–|\\||on|le|el)?\\s*$", FLAGS);
    /** A time of day alone, where its marks say it is one: "11:58 AM", "11:58 Uhr", "11h58", "11:58 h", "١١:٥٨ ص". */
    private static final Pattern TIME_ONLY = Pattern.compile(L + "\\d{1,2}(?::\\d{2}\\s*(?:[ap]\\.?m\\.?|(?:ص|م)(?:باحا|ساء)?\\p{M}*"
            + "|uhr|h|hrs?)|h\\d{2})(?![\\p{L}])", FLAGS);
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final String EN_UNITS = "sec|second|min|minute|hr|hour|day|week|month|year";
    /** The smaller unit of a compound time ("3 hours, 45 minutes ago"): it sharpens the value. */
    private static final Pattern SECOND_PART = Pattern.compile(",?\\s+(?:and\\s+)?(\\d+)\\s+(" + EN_UNITS + ")s?\\s+ago$");
    private static final Pattern RELATIVE = Pattern.compile(L + "(?:(\\d+|an?|one)\\s+(" + EN_UNITS + ")s?"
            + "(?:,?\\s+(?:and\\s+)?\\d+\\s+(?:" + EN_UNITS + ")s?)?\\s+ago"
            + "|vor\\s+(\\d+|einer|einem|einen)\\s+(sekunde|minute|stunde|tag|woche|monat|jahr)(?:n|en|e)?"
            + "|(\\d+)\\s+(sekunde|minute|stunde|tag|woche|monat|jahr)(?:n|en|e)?\\s+her"
            + "|il y a\\s+(\\d+|une?)\\s+(seconde|minute|heure|jour|semaine|mois|an)s?"
            + "|hace\\s+(\\d+|una?)\\s+(segundo|minuto|hora|día|dia|semana|mes|año|ano)(?:s|es)?)" + R, FLAGS);
    /**
     * A day named by its distance from the day the page was seen, with the time of day: "Yesterday, 10:43 PM", "Today at
     * 3:12 pm", "Gestern, 13:05 Uhr", "Heute um 10:27", "Hier à 22h15", "Aujourd'hui à 9:03", "Ayer a las 10:43". Without
     * a time of day, a comma or "at" between them, or where the word runs on in a sentence ("did it today, 42:03"; see
     * {@link #find}), the word is no timestamp.
     */
    private static final Pattern DAY_WORD = Pattern.compile(L + "(yesterday|today|gestern|heute|hier|aujourd'hui|aujourd’hui|ayer|hoy)"
            + "\\s*(?:,\\s*|\\s+(?:at|um|à|a las|a la)\\s+)([01]?\\d|2[0-3])[:h.]([0-5]\\d)(?!\\d)\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?"
            + "(?:\\s*uhr)?" + R, FLAGS);
    /**
     * Arabic relative times: "منذ 3 ساعات", "منذ ساعتين" (a dual: two hours), "قبل 5 دقائق"; the amount may be left
     * out. Its own pattern, tried only on texts with "منذ" or "قبل", so other texts pay nothing for it.
     */
    private static final Pattern RELATIVE_AR = Pattern.compile(L + "(?:منذ|قبل)\\s+(\\d*)\\s*("
            + alternation(ArabicUnits.WORDS.keySet()) + ")" + R, FLAGS);

    private TimestampParser() {
    }

    /**
     * The words as one regex alternation, longest first, so that "septembre" wins over "sep"; written as one branch per
     * first letter ("s(?:eptembre|ep)|…"), in the same order within each, after a look-ahead for those first letters,
     * so that it matches exactly as the flat list would, but most positions of a text are past at one test.
     */
    private static String alternation(java.util.Collection<String> words) {
        Map<Integer, List<String>> byFirst = new java.util.LinkedHashMap<>();
        words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> byFirst.computeIfAbsent(w.codePointAt(0), k -> new ArrayList<>()).add(w));
        List<String> branches = new ArrayList<>();
        StringBuilder firsts = new StringBuilder();
        byFirst.forEach((first, group) -> {
            if (!Character.isLetter(first)) {
                throw new IllegalArgumentException("a word of an alternation begins with a letter: " + group);
            }
            firsts.appendCodePoint(first);
            int skip = Character.charCount(first);
            branches.add(Pattern.quote(Character.toString(first)) + "(?:" + String.join("|",
                    group.stream().map(w -> w.length() == skip ? "" : Pattern.quote(w.substring(skip))).toList()) + ")");
        });
        return "(?=[" + firsts + "])(?:" + String.join("|", branches) + ")";
    }

    /** A dash that joins two days: "September 12—14", "October 31st—November 1st", "12.–14. März" (not "May 3 - 10:15"). */
    private static final Pattern SPAN_AFTER = Pattern.compile("^\\s*[-–—]\\s*(?:\\p{L}{3,}\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?!\\d)");
    private static final Pattern SPAN_YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern SPAN_BEFORE = Pattern.compile("(?<![#\\d])\\d{1,2}\\.\\s*[-–—]\\s*$");

    /**
     * True when the date found is one end of a span of days ("September 12—14, 2011", an event's dates), which no
     * comment shows as its time.
     */
    static boolean inSpan(String text, Match m) {
        // the first day of a span has no year of its own ("September 12"; not "3 hours ago — May 3, 2012"), the last
        // one names its month ("12.–14. März"; not a post number before "14.03.2012")
        return !SPAN_YEAR.matcher(m.raw()).find() && !m.raw().matches("(?i).*\\b(?:ago|vor|hace|il y a)\\b.*")
                && SPAN_AFTER.matcher(text.substring(m.end())).find()
                || m.start() > 0 && Character.isDigit(m.raw().charAt(0)) && m.raw().codePoints().anyMatch(Character::isLetter)
                && SPAN_BEFORE.matcher(text.substring(0, m.start())).find();
    }

    /** What {@link #find} was asked: a text, with the zone and reference that resolve its date. */
    private record Query(String text, ZoneId zone, OffsetDateTime reference) {
    }

    /** Texts longer than this are parsed each time: a comment's whole text, seldom asked about twice. */
    private static final int REMEMBERED_LENGTH = 1_000;
    private static final Answers<Query, Optional<Match>> ANSWERS =
            new Answers<>(q -> parse(q.text(), q.zone(), q.reference()), 4_096);

    /**
     * No date {@link #find} reads has more {@link #visibleChars} than this, unless it holds a {@link #longNumber}
     * (a relative time's or a fraction of a second's digits are not bounded): the words and numbers of a date, its
     * time of day and its zone come to less than 130.
     */
    static final int LONGEST_DATE = 200;

    /** The characters of {@code s} that are not white space ({@code \s}: space, tab, line breaks). */
    static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += TextEnds.space(s.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** Whether {@code s} holds a run of 50 digits or more, the only way a date can be longer than {@link #LONGEST_DATE}. */
    static boolean longNumber(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = Character.isDigit(s.charAt(i)) ? run + 1 : 0;
            if (run >= 50) {
                return true;
            }
        }
        return false;
    }

    /** The first date in {@code text}, or empty. {@code reference} resolves relative and year-less dates. */
    public static Optional<Match> find(String text, ZoneId zone, OffsetDateTime reference) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > REMEMBERED_LENGTH) {
            return parse(text, zone, reference);
        }
        return ANSWERS.of(new Query(text, zone, reference));
    }

    private static Optional<Match> parse(String text, ZoneId zone, OffsetDateTime reference) {
        List<Match> found = new ArrayList<>(4);
        String f = fold(text);
        // every pattern but the relative one ("an hour ago") needs a digit: a text without one skips them
        boolean digits = hasDigit(f);
        if (digits) {
            int marks = digitMarks(f);
            if ((marks & DASH_AFTER_DIGIT) != 0) {
                addFirst(found, ISO.matcher(f), m -> iso(m, zone), text, f, zone);
            }
            // a month name is a whole run of letters (or one after a day suffix: "1stjune"): without one, no
            // month pattern can match, and they are the costly ones
            if (hasMonthWord(f)) {
                addFirst(found, MDY.matcher(f), m -> mdy(m, zone, reference), text, f, zone);
                int before = found.size();
                addFirst(found, DMY.matcher(f), m -> dmy(m, zone), text, f, zone);
                if (found.size() == before && GLUED_HINT.matcher(f).find()) {
                    addFirst(found, DMY_GLUED.matcher(f), m -> dmy(m, zone), text, f, zone);
                }
            }
            if ((marks & (DOT_AFTER_DIGIT | SLASH_AFTER_DIGIT)) != 0) {
                addFirst(found, NUMERIC.matcher(f), m -> numeric(m, zone, CLOCK_AFTER.matcher(f).region(m.end(),
                        f.length()).lookingAt()), text, f, zone);
            }
            if ((marks & DASH_AFTER_DIGIT) != 0) {
                addFirst(found, DASHED.matcher(f), m -> numeric(m, zone), text, f, zone);
                addFirst(found, DASHED_ALONE.matcher(f), m -> dashedAlone(m, f, zone), text, f, zone);
            }
            if (found.isEmpty() && (marks & SLASH_AFTER_DIGIT) != 0) {
                addFirst(found, MONTH_DAY.matcher(f), m -> monthDay(m, zone, reference), text, f, zone);
            }
        }
        Matcher rel = relativeIn(f);
        if (rel != null && rel.pattern() == DAY_WORD && !leadsItsPhrase(text, rel.start(), rel.end())) {
            rel = null;
        }
        if (rel != null && LABEL_AFTER.matcher(f).region(rel.end(), f.length()).lookingAt()) {
            rel = null;   // "One year ago: Brownie Mosaic Cheesecake", a blog's link to an older post, is no time
        }
        if (rel != null) {
            found.add(new Match(rel.start(), rel.end(), text.substring(rel.start(), rel.end()), relative(rel, reference)));
        }
        if (found.isEmpty() && digits) {
            Matcher t = TIME_ONLY.matcher(f);
            if (t.find() && !timeRange(f, t.start(), t.end())) {
                found.add(new Match(t.start(), t.end(), text.substring(t.start(), t.end()), null));
            }
        }
        return found.stream().min(Comparator.comparingInt(Match::start)
                .thenComparing(Comparator.comparingInt((Match m) -> m.end() - m.start()).reversed()));
    }

    /** A clock time before a dash ("12pm - ", "10:00 –"), as a slot's start gives it. */
    private static final Pattern RANGE_START = Pattern.compile("(?<![\\d.,/:])\\d{1,2}(?::\\d{2}\\s*(?:[ap]\\.?m\\.?)?"
            + "|\\s*[ap]\\.?m\\.?)\\s*[-–—]\\s*$");
    /** A dash and a clock time after it (" - 1pm", "–12:30"), as a slot's end gives it. */
    private static final Pattern RANGE_END = Pattern.compile("^\\s*[-–—]\\s*\\d{1,2}(?::\\d{2}|\\s*[ap]\\.?m\\.?(?!\\p{L}))");

    /**
     * A time of day that is one end of a span of hours ("Saturdays 12pm - 12:30pm", "Weekdays 10:00–14:00"): a
     * programme's or an opening's slot, which no comment shows as the time it was posted.
     */
    /** A short text that is a date and nothing else ("July 6, 2015 3:13pm"): a byline's date, no reader's words. */
    static boolean onlyDate(String text) {
        String t = text.strip();
        return t.length() <= 60 && find(t, java.time.ZoneOffset.UTC, null)
                .filter(m -> m.start() == 0 && m.end() >= t.length()).isPresent();
    }

    static boolean timeRange(String folded, int start, int end) {
        return RANGE_START.matcher(folded).region(Math.max(0, start - 12), start).useTransparentBounds(true).find()
                || RANGE_END.matcher(folded).region(end, Math.min(folded.length(), end + 12)).useTransparentBounds(true)
                        .useAnchoringBounds(true).find();
    }

    private static final String[] DAY_WORDS = {"yesterday", "today", "gestern", "heute", "hier", "aujourd", "ayer", "hoy"};

    /** A cheap test before {@link #DAY_WORD}'s: most texts name no such day. */
    private static boolean hasDayWord(String folded) {
        for (String w : DAY_WORDS) {
            if (folded.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that opens the text, is capitalised, or follows a sign ("| yesterday, 9:13 pm"), and whose time ends the
     * text or is followed by two words at most ("Reply", "| Permalink"): no sentence's words ("Heute um 10:27 war es
     * schon besser.").
     */
    private static boolean leadsItsPhrase(String text, int start, int end) {
        if (WORD.matcher(text.substring(end)).results().count() > 2) {
            return false;
        }
        int j = start - 1;
        while (j >= 0 && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 || Character.isUpperCase(text.charAt(start)) || !Character.isLetterOrDigit(text.charAt(j))
                && text.charAt(j) != ',' && text.charAt(j) != '.';
    }

    /** {@code n} dates or more in {@code text}, one after another (a cheap count: it stops at {@code n}). */
    static boolean holdsDates(String text, int n) {
        int from = 0;
        for (int k = 0; k < n; k++) {
            Optional<Match> m = find(text.substring(from), ZoneOffset.UTC, null);
            if (m.isEmpty()) {
                return false;
            }
            from += m.get().end();
        }
        return true;
    }

    /**
     * A time of day as this parser reads one ("14:05", "2:05 pm", "14h05", ISO's "T14:05"), or an age in hours or
     * minutes ("3 hours ago"): what a date alone lacks. An hour without minutes ("2 pm", "13 Uhr") is not read, so the
     * value it stands beside is the date alone.
     */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}(?::\\d{2}|\\s?h\\s?\\d{2})|(?<![\\p{L}])(?:sec|second|min"
            + "|minute|hr|hour|stunde|std|heure|hora|minuto|segundo|sekunde)n?s?(?![\\p{L}])");

    /**
     * True when {@code raw} shows a time of day (or an age in hours or minutes), false for a date alone ("June 4,
     * 2012", "04.06.2012", "2012-06-04"), which this parser reads as the start of its day.
     */
    public static boolean hasClock(String raw) {
        return raw != null && !raw.isEmpty() && CLOCK.matcher(fold(raw)).find();
    }

    /** True when {@code raw} is a time relative to when the page was seen ("3 hours ago", "vor 1 Monat"). */
    public static boolean isRelative(String raw) {
        return raw != null && !raw.isEmpty() && relativeIn(fold(raw)) != null;
    }

    /** Whether {@code folded} holds a word every {@link #RELATIVE} match holds: a quick way past most texts. */
    private static boolean relativeWord(String folded) {
        return folded.contains("ago") || folded.contains("vor") || folded.contains("her") || folded.contains("il y a")
                || folded.contains("hace");
    }

    /** A matcher positioned on the first relative time in {@code folded}, or null. */
    private static Matcher relativeIn(String folded) {
        if (relativeWord(folded)) {
            Matcher m = RELATIVE.matcher(folded);
            if (m.find()) {
                return m;
            }
        }
        Matcher m;
        if (hasDayWord(folded) && hasDigit(folded)) {
            m = DAY_WORD.matcher(folded);
            if (m.find()) {
                return m;
            }
        }
        if (folded.contains("منذ") || folded.contains("قبل")) {
            m = RELATIVE_AR.matcher(folded);
            return m.find() ? m : null;
        }
        return null;
    }

    /** Parses a machine value such as {@code time@datetime}: ISO-8601 (with or without offset) or RFC 1123. */
    public static OffsetDateTime parseMachine(String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        Optional<Match> m = find(v, zone, null);
        return m.map(Match::value).orElse(null);
    }

    /**
     * True when a run of letters in {@code folded} is a month name, or a day suffix and a month name glued
     * ("stjune"). {@code MONTH} ends where letters end and starts after a non-letter or such a suffix, so a text
     * without such a run holds no month pattern's match.
     */
    static boolean hasMonthWord(String folded) {
        int n = folded.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetter(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetter(folded.charAt(i))) {
                i++;
            }
            int len = i - start;
            String word = len >= 2 && len <= 12 ? folded.substring(start, i) : null;
            if (word != null && (MONTHS.containsKey(word) || TWO_WORD_MONTH_STARTS.contains(word)
                    || len >= 5 && DAY_SUFFIXES.contains(folded.substring(start, start + 2))
                    && MONTHS.containsKey(folded.substring(start + 2, i)))) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> DAY_SUFFIXES = java.util.Set.of("st", "nd", "rd", "th", "er");
    /** The first words of the Levantine month names written in two words ("كانون الثاني", "تشرين الأول"). */
    private static final java.util.Set<String> TWO_WORD_MONTH_STARTS = java.util.Set.of("كانون", "تشرين");

    private static char foldChar(char ch) {
        if (ch < 0x80) {
            return ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch;
        }
        if (ch >= '\u0660' && ch <= '\u0669') {
            return (char) ('0' + ch - '\u0660');
        }
        if (ch >= '\u06F0' && ch <= '\u06F9') {
            return (char) ('0' + ch - '\u06F0');
        }
        return switch (ch) {
            case '\u060C' -> ',';
            case '\u200E', '\u200F', '\u061C' -> ' ';
            default -> Character.toLowerCase(ch);
        };
    }

    private static final int DASH_AFTER_DIGIT = 1;
    private static final int DOT_AFTER_DIGIT = 2;
    private static final int SLASH_AFTER_DIGIT = 4;

    /**
     * Which of "-", "." and "/" stand right after an ASCII digit somewhere in {@code s}: each numeric pattern opens on
     * digits and one of them ({@link #ISO}, {@link #DASHED} and {@link #DASHED_ALONE} a dash, {@link #NUMERIC} a dot or
     * a slash, {@link #MONTH_DAY} a slash; their {@code \d} is ASCII), so a text without it is not searched for it.
     */
    static int digitMarks(String s) {
        int marks = 0;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            char before = s.charAt(i - 1);
            if (before >= '0' && before <= '9') {
                marks |= c == '-' ? DASH_AFTER_DIGIT : c == '.' ? DOT_AFTER_DIGIT : c == '/' ? SLASH_AFTER_DIGIT : 0;
            }
        }
        return marks;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code s} lower-cased one char at a time, so that every index of it is the same index of {@code s}. Arabic-Indic
     * digits become ASCII digits, the Arabic comma a comma, and direction marks spaces, all one char for one char.
     */
    static String fold(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char lower = foldChar(s.charAt(i));
            if (lower != s.charAt(i)) {
                if (c == null) {
                    c = s.toCharArray();
                }
                c[i] = lower;
            }
        }
        return c == null ? s : new String(c);
    }

    private interface Resolver {
        OffsetDateTime resolve(Matcher m);
    }

    /** {@code m} matches {@code folded}, the lower-cased copy of {@code text}; raw strings are cut from {@code text}. */
    private static void addFirst(List<Match> found, Matcher m, Resolver resolver, String text, String folded, ZoneId zone) {
        while (m.find()) {
            OffsetDateTime base;
            try {
                base = resolver.resolve(m);
            } catch (DateTimeException | NumberFormatException e) {
                continue;
            }
            if (base == null && m.pattern() != MDY && m.pattern() != MONTH_DAY) {
                continue;
            }
            int start = m.start();
            int end = m.end();
            OffsetDateTime value = base;
            if (m.pattern() != ISO || m.group(4) == null) {
                Matcher tail = TIME_TAIL.matcher(folded).region(end, Math.min(text.length(), end + 40));
                if (tail.lookingAt() && (tail.group(4) != null || tail.group(0).contains(":")
                        || tail.group(0).toLowerCase(Locale.ROOT).contains("h"))) {
                    OffsetDateTime timed = withTime(base, tail, zone);
                    if (timed != null || base == null) {
                        value = timed;
                        end = tail.end();
                    }
                }
                if (end == m.end() && base != null && start > 0) {
                    Matcher head = TIME_HEAD.matcher(folded).region(Math.max(0, start - 30), start)
                            .useTransparentBounds(true);
                    OffsetDateTime timed = head.find() ? withTime(base, head, zone) : null;
                    if (timed != null) {
                        value = timed;
                        start = head.start();
                    }
                }
            }
            if (base == null && value == null) {
                // a month-day without a year and no reference: keep looking for a full date
                found.add(new Match(m.start(), end, text.substring(m.start(), end).trim(), null));
                return;
            }
            found.add(new Match(start, end, text.substring(start, end).trim(), value));
            return;
        }
    }

    private static OffsetDateTime withTime(OffsetDateTime date, Matcher t, ZoneId zone) {
        if (date == null) {
            return null;
        }
        int hour = Integer.parseInt(t.group(1));
        int minute = Integer.parseInt(t.group(2));
        int second = t.group(3) == null ? 0 : Integer.parseInt(t.group(3));
        hour = hour24(hour, t.group(4));
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        ZoneId z = zone;
        if (t.group(5) != null) {
            z = zoneOf(t.group(5), zone);
        }
        LocalDateTime ldt = date.toLocalDate().atTime(hour, minute, second);
        return ldt.atZone(z).toOffsetDateTime();
    }

    /** The hour on a 24-hour clock: "12 am" is 0, "1 pm" 13 (an hour past 23 is no time, and the caller says so). */
    private static int hour24(int hour, String ampm) {
        if (ampm == null || ampm.isEmpty()) {
            return hour;
        }
        boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p' || ampm.charAt(0) == 'م';
        return hour == 12 ? (pm ? 12 : 0) : pm ? hour + 12 : hour;
    }

    private static ZoneId zoneOf(String s, ZoneId fallback) {
        String k = s.toLowerCase(Locale.ROOT);
        if (k.startsWith("+") || k.startsWith("-")) {
            String norm = k.contains(":") ? k : k.substring(0, 3) + ":" + k.substring(3);
            return ZoneOffset.of(norm);
        }
        return ZONES.getOrDefault(k, fallback);
    }

    private static OffsetDateTime iso(Matcher m, ZoneId zone) {
        LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        checkYear(d.getYear());
        LocalDateTime t = m.group(4) == null ? d.atStartOfDay()
                : d.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        ZoneId z = m.group(7) == null ? zone : zoneOf(m.group(7), zone);
        return t.atZone(z).toOffsetDateTime();
    }

    private static OffsetDateTime mdy(Matcher m, ZoneId zone, OffsetDateTime reference) {
        int month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
        int day = Integer.parseInt(m.group(2));
        if (m.group(3) == null && m.group(1).equalsIgnoreCase("ago")) {
            // "…not too long ago.\n1 hour ago": the English word, not agosto, before the next line's number
            throw new DateTimeException("'ago' and a number without a year is no date");
        }
        if (m.group(3) == null) {
            if (reference == null) {
                if (day < 1 || day > 31) {
                    throw new DateTimeException("day");
                }
                return null;
            }
            return yearOf(month, day, zone, reference);
        }
        int year = Integer.parseInt(m.group(3));
        checkYear(year);
        return LocalDate.of(year, month, day).atStartOfDay(zone).toOffsetDateTime();
    }

    private static OffsetDateTime monthDay(Matcher m, ZoneId zone, OffsetDateTime reference) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        int month = first > 12 ? second : first;   // "25/04": the day first
        int day = first > 12 ? first : second;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            throw new DateTimeException("month/day");
        }
        return yearOf(month, day, zone, reference);
    }

    /** A month and day without a year: in the reference's year, or the next one if that is before it; null without one. */
    private static OffsetDateTime yearOf(int month, int day, ZoneId zone, OffsetDateTime reference) {
        if (reference == null) {
            return null;
        }
        LocalDate d = LocalDate.of(reference.getYear(), month, day);
        if (d.isBefore(reference.toLocalDate().minusDays(2))) {
            d = d.plusYears(1);
        }
        return d.atStartOfDay(zone).toOffsetDateTime();
    }

    private static OffsetDateTime dmy(Matcher m, ZoneId zone) {
        int day = Integer.parseInt(m.group(1));
        int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        String y = m.group(3);
        int year = y.length() <= 3 ? 2000 + Integer.parseInt(y.replace("'", "")) : Integer.parseInt(y);
        checkYear(year);
        return LocalDate.of(year, month, day).atStartOfDay(zone).toOffsetDateTime();
    }

    /** A clock time right after a date: "07.20.12 at 10:51 am", "05.01.21, 13:47", "07.20.12 10:51". */
    private static final Pattern CLOCK_AFTER = Pattern.compile("(?i)\\s*(?:,|at|um|à|a las|@|-|–)?\\s*\\d{1,2}[:h]\\d{2}");

    private static OffsetDateTime numeric(Matcher m, ZoneId zone) {
        return numeric(m, zone, false);
    }

    /**
     * A numeric date; {@code timed}: a clock time follows it, so a dotted date with a two-digit year whose second number
     * is over 12 is month first ("07.20.12 at 10:51 am"), no section number.
     */
    private static OffsetDateTime numeric(Matcher m, ZoneId zone, boolean timed) {
        String a = m.group(1);
        String sep = m.group(2);
        int b = Integer.parseInt(m.group(3));
        String c = m.group(4);
        int year;
        int month;
        int day;
        if (a.length() == 4) {
            year = Integer.parseInt(a);
            month = b;
            day = Integer.parseInt(c);
            if (c.length() > 2) {
                throw new DateTimeException("y/m/d");
            }
        } else {
            if (a.length() > 2) {
                throw new DateTimeException("numeric");
            }
            if (sep.equals(".") && a.length() == 1 && m.group(3).length() == 1 && c.length() == 2) {
                throw new DateTimeException("3.6.28 is a version number, not a date");
            }
            year = twoOrFourDigitYear(c);
            int first = Integer.parseInt(a);
            if ((sep.equals("/") || sep.equals("-")) && first <= 12) {   // 03-05-2020 as forums write it, US order
                month = first;
                day = b;
            } else if (b > 12 && first <= 12 && (c.length() == 4 || timed)) {
                // 5.25.2014: a second number over 12 is the day, whatever the dots (with a full year or a time after
                // it: "8.14.11" alone is a section number)
                month = first;
                day = b;
            } else {
                day = first;
                month = b;
            }
        }
        checkYear(year);
        return LocalDate.of(year, month, day).atStartOfDay(zone).toOffsetDateTime();
    }

    private static OffsetDateTime dashedAlone(Matcher m, String folded, ZoneId zone) {
        String before = folded.substring(folded.lastIndexOf('\n', m.start() - 1) + 1, m.start());
        if (!NAME_BEFORE.matcher(before).matches()) {
            throw new DateTimeException("a dashed date after a label or a sentence");
        }
        return numeric(m, zone);
    }

    private static int twoOrFourDigitYear(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 2) {
            return v < 70 ? 2000 + v : 1900 + v;
        }
        if (y.length() != 4) {
            throw new DateTimeException("year");
        }
        return v;
    }

    private static void checkYear(int year) {
        if (year < 1990 || year > 2100) {
            throw new DateTimeException("year out of range");
        }
    }

    private static OffsetDateTime relative(Matcher m, OffsetDateTime reference) {
        if (reference == null) {
            return null;
        }
        if (m.pattern() == DAY_WORD) {
            return dayWord(m, reference);
        }
        String amount = null;
        String unit = null;
        for (int g = 1; g <= m.groupCount(); g += 2) {
            if (m.group(g) != null) {
                amount = m.group(g).toLowerCase(Locale.ROOT);
                unit = m.group(g + 1).toLowerCase(Locale.ROOT);
                break;
            }
        }
        if (amount == null) {
            return null;
        }
        ArabicUnits.Unit arabic = ArabicUnits.WORDS.get(unit);
        int n = !amount.isEmpty() && Character.isDigit(amount.charAt(0)) ? Integer.parseInt(amount)
                : arabic != null ? arabic.count() : 1;
        if (arabic != null) {
            unit = arabic.name();
        }
        Matcher finer = SECOND_PART.matcher(m.group());
        if (finer.find()) {   // "3 hours, 45 minutes ago": 3 hours back, then 45 minutes more
            reference = back(reference, finer.group(2), Integer.parseInt(finer.group(1)));
        }
        return back(reference, unit, n);
    }

    private static OffsetDateTime back(OffsetDateTime reference, String unit, int n) {
        return switch (unit) {
            case "sec", "second", "sekunde", "seconde", "segundo" -> reference.minus(Duration.ofSeconds(n));
            case "min", "minute", "minuto" -> reference.minus(Duration.ofMinutes(n));
            case "hr", "hour", "stunde", "heure", "hora" -> reference.minus(Duration.ofHours(n));
            case "day", "tag", "jour", "día", "dia" -> reference.minus(Period.ofDays(n));
            case "week", "woche", "semaine", "semana" -> reference.minus(Period.ofWeeks(n));
            case "month", "monat", "mois", "mes" -> reference.minus(Period.ofMonths(n));
            default -> reference.minus(Period.ofYears(n));
        };
    }

    /** "Yesterday, 10:43 PM": that time of day, one day (or none) before the reference, in the reference's offset. */
    private static OffsetDateTime dayWord(Matcher m, OffsetDateTime reference) {
        String word = m.group(1);
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        hour = hour24(hour, m.group(4));   // the pattern allows 0-23 and 0-59 only
        if (hour > 23) {
            return null;
        }
        int daysBack = switch (word) {
            case "yesterday", "gestern", "hier", "ayer" -> 1;
            default -> 0;
        };
        return reference.minusDays(daysBack).withHour(hour).withMinute(minute).withSecond(0).withNano(0);
    }
}
