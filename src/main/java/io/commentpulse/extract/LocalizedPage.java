package io.commentpulse.extract;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page as a site in another language would show it: its dates and its comment controls in German, French, Spanish
 * or Arabic, its comments and structure as they were. So the same comments with the same times should come out: the
 * check of the extractor's date grammar and cue words on real page structures, in languages few annotated pages are
 * written in.
 * <ul>
 * <li>Every full date the parser reads in a short text (a byline, a date line; at most {@value #MAX_TEXT}
 * characters) is rewritten: "14. Januar 2020 um 13:47", "14 janvier 2020 à 13h47", "14 de enero de 2020 a las
 * 13:47", "١٤ يناير ٢٠٢٠ الساعة ١:٤٧ م" (Arabic-Indic digits). A time alone carries its mark ("11:58 Uhr"); English
 * relative times ("3 hours ago") are rewritten too; a date without its year is left as it is.</li>
 * <li>A text that is only a control or a comments heading ("Reply", "Report abuse", "says:", "12 Comments", "Leave a
 * Reply") becomes the words such sites use ("Antworten", "Signaler", "dijo:", "١٢ تعليقات", "اترك تعليقاً"); so does a
 * text dump's line that ends in "says:".</li>
 * </ul>
 */
public enum LocalizedPage implements PageVariant {
    DE, FR, ES, AR;

    static final int MAX_TEXT = 160;
    private static final String[][] MONTHS = {
            {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
            {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"},
    };
    /** A time alone ("11:27 am"), the second half of a byline a narrow dump wrapped. */
    private static final Pattern TIME_ONLY = Pattern.compile("(?i)(\\d{1,2}):(\\d{2})\\s*([ap])\\.?m\\.?");
    /** The English connector a wrapped byline leaves after its date ("November 3, 2012 at"). */
    private static final Pattern DANGLING_AT = Pattern.compile("^\\s+at\\s*$");
    private static final List<String> UNITS = List.of("second", "minute", "hour", "day", "week", "month", "year");
    private static final Pattern RELATIVE = Pattern.compile("(?i)(\\d+|an?|one)\\s+(second|minute|hour|day|week|month|year)s?\\s+ago");

    /** A control or heading: its English text (all of a short text, case ignored) and its German, French, Spanish and Arabic. */
    private record Control(Pattern english, String... localized) {
        Control(String english, String... localized) {
            this(Pattern.compile("(?i)" + english), localized);
        }
    }

    private static final Control SAYS = new Control("(?:says|said|wrote)\\s*:?", "sagt:", "dit :", "dijo:", "قال:");
    private static final List<Control> CONTROLS = List.of(
            new Control("reply", "Antworten", "Répondre", "Responder", "رد"),
            new Control("report(?: abuse)?", "Melden", "Signaler", "Denunciar", "إبلاغ"),
            new Control("share", "Teilen", "Partager", "Compartir", "مشاركة"),
            SAYS,
            new Control("(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment)",
                    "Kommentar schreiben", "Laisser un commentaire", "Deja un comentario", "اترك تعليقاً"),
            new Control("(?:comments|responses|replies|discussion)\\s*:?", "Kommentare", "Commentaires", "Comentarios", "التعليقات"),
            new Control("(\\d+) (?:comments|responses|replies)(?: to .*)?",
                    "$1 Kommentare", "$1 commentaires", "$1 comentarios", "$1 تعليقات"));
    private static final Pattern SAYS_AT_END = Pattern.compile("(?i)(?<=\\S)\\s+(?:says|said|wrote)\\s*:\\s*$");

    /** Parses a language code: de, fr, es or ar. */
    public static LocalizedPage parse(String code) {
        return valueOf(code.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public Page apply(Page page) {
        if (!page.html()) {
            StringBuilder out = new StringBuilder(page.text().length());
            for (String line : page.text().split("\n", -1)) {
                out.append(line.length() <= MAX_TEXT ? rewrite(line) : line).append('\n');
            }
            out.setLength(out.length() - 1);
            return page.withText(out.toString(), false);
        }
        Document doc = Jsoup.parse(page.text(), "", Parser.htmlParser());
        for (Element e : doc.getAllElements()) {
            if (e.normalName().equals("script") || e.normalName().equals("style")) {
                continue;
            }
            for (TextNode t : e.textNodes()) {
                String s = t.getWholeText();
                if (s.strip().length() <= MAX_TEXT) {
                    String r = rewrite(s);
                    if (!r.equals(s)) {
                        t.text(r);
                    }
                }
            }
        }
        doc.outputSettings().prettyPrint(false);   // the page's own whitespace: a text browser lays it out as it stands
        return page.withText(doc.outerHtml(), true);
    }

    /** {@code text} with its dates, and the control or heading it is, written in this language. */
    String rewrite(String text) {
        String dated = rewriteDates(text);
        String core = dated.strip();
        if (core.isEmpty() || core.length() > 60) {
            return dated;
        }
        int lead = dated.indexOf(core);
        for (Control c : CONTROLS) {
            Matcher m = c.english().matcher(core);
            if (m.matches()) {
                return dated.substring(0, lead) + m.replaceFirst(c.localized()[ordinal()])
                        + dated.substring(lead + core.length());
            }
        }
        Matcher says = SAYS_AT_END.matcher(dated);
        return says.find() ? dated.substring(0, says.start()) + " " + SAYS.localized()[ordinal()] : dated;
    }

    /** {@code text} with each full date and each English relative time written in this language. */
    private String rewriteDates(String text) {
        StringBuilder out = new StringBuilder();
        String rest = text;
        while (true) {
            Optional<TimestampParser.Match> m = TimestampParser.find(rest, ZoneOffset.UTC, null);
            if (m.isEmpty()) {
                break;
            }
            TimestampParser.Match d = m.get();
            int at = rest.indexOf(d.raw(), d.start());
            String localized = localize(d);
            if (at < 0 || localized == null) {
                out.append(rest, 0, d.end());
            } else {
                out.append(rest, 0, at).append(localized);
            }
            rest = rest.substring(at < 0 ? d.end() : at + d.raw().length());
            if (localized != null && DANGLING_AT.matcher(rest).matches()) {
                out.append(' ').append(connector());
                rest = "";
            }
        }
        return out.append(rest).toString();
    }

    private String localize(TimestampParser.Match d) {
        Matcher rel = RELATIVE.matcher(d.raw());
        if (rel.matches()) {
            String n = rel.group(1).matches("\\d+") ? rel.group(1) : "1";
            return relative(n, rel.group(2).toLowerCase(Locale.ROOT));
        }
        Matcher time = TIME_ONLY.matcher(d.raw());
        if (d.value() == null && time.matches()) {
            int h = Integer.parseInt(time.group(1)) % 12 + (time.group(3).equalsIgnoreCase("p") ? 12 : 0);
            String clock = clock(h, Integer.parseInt(time.group(2)));
            return switch (this) {   // a time alone carries its mark: "11:58 Uhr", "11:58 h"
                case DE -> clock + " Uhr";
                case ES -> clock + " h";
                case FR, AR -> clock;
            };
        }
        if (d.value() == null || TimestampParser.isRelative(d.raw())) {
            return null;
        }
        LocalDateTime t = d.value().toLocalDateTime();
        boolean timed = d.raw().matches("(?s).*\\d[:h]\\d\\d.*");
        String month = MONTHS[ordinal()][t.getMonthValue() - 1];
        String date = switch (this) {
            case DE -> t.getDayOfMonth() + ". " + month + " " + t.getYear();
            case FR, AR -> t.getDayOfMonth() + " " + month + " " + t.getYear();
            case ES -> t.getDayOfMonth() + " de " + month + " de " + t.getYear();
        };
        date = this == AR ? arabicDigits(date) : date;
        return timed ? date + " " + connector() + " " + clock(t.getHour(), t.getMinute()) : date;
    }

    /** The word between a date and its time: "um", "à", "a las", "الساعة". */
    private String connector() {
        return switch (this) {
            case DE -> "um";
            case FR -> "à";
            case ES -> "a las";
            case AR -> "الساعة";
        };
    }

    /** A time of day as this language writes it: "13:47", "13h47", "١:٤٧ م". */
    private String clock(int hour, int minute) {
        return switch (this) {
            case DE, ES -> String.format(Locale.ROOT, "%d:%02d", hour, minute);
            case FR -> String.format(Locale.ROOT, "%dh%02d", hour, minute);
            case AR -> arabicDigits(String.format(Locale.ROOT, "%d:%02d", (hour + 11) % 12 + 1, minute)) + " "
                    + (hour < 12 ? "ص" : "م");
        };
    }

    private String relative(String n, String unit) {
        int i = UNITS.indexOf(unit);
        return switch (this) {
            case DE -> "vor " + n + " " + new String[]{"Sekunden", "Minuten", "Stunden", "Tagen", "Wochen", "Monaten", "Jahren"}[i];
            case FR -> "il y a " + n + " " + new String[]{"secondes", "minutes", "heures", "jours", "semaines", "mois", "ans"}[i];
            case ES -> "hace " + n + " " + new String[]{"segundos", "minutos", "horas", "días", "semanas", "meses", "años"}[i];
            case AR -> "منذ " + arabicDigits(n) + " " + new String[]{"ثوان", "دقائق", "ساعات", "أيام", "أسابيع", "أشهر", "سنوات"}[i];
        };
    }

    private static String arabicDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('\u0660' + c - '0') : c);
        }
        return b.toString();
    }
}
