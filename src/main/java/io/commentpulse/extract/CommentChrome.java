package io.commentpulse.extract;

import org.jsoup.nodes.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.commentpulse.extract.AuthorNames.GLUED_CAPITALS;
import static io.commentpulse.extract.AuthorNames.cleanAuthor;
import static io.commentpulse.extract.CommentFields.bodyCandidate;

/**
 * What a comment's text carries that its reader did not write: reply and share controls, toolbars, sign-in
 * prompts, title bars, the byline's own line and counts, and texts every comment of a page repeats.
 */
final class CommentChrome {
    private CommentChrome() {
    }

    /** What separates words (a hyphen stays in its word). */
    static final Pattern NOT_WORD_OR_DASH = Pattern.compile("[^\\p{L}-]+");
    private static final Pattern TRAILING_CHROME = Pattern.compile("(?i)(?:\\n|^)\\s*(?:reply|antworten|répondre|repondre|responder|"
            + "rispondi|report(?:\\s+abuse)?|like|quote|löschen|delete|flag|share|permalink|link|edit|"
            + "antwortenlöschen|reply\\s*↓|\\d+\\s*(?:likes?|points?|votes?|replies)|[#↑↓▲▼|·•]+|\\d+|"
            // the next record's list number or bullet, with its avatar as a copy prints it ("2. [aca8fb0f3]", "□ [4c6d6]")
            + "(?:\\d{1,4}\\.|[□☆○◦▪])(?:\\s*\\[[^\\]\\n]{1,40}\\])*|"
            + CueWords.REPLY + "|" + CueWords.CONTROLS + ")\\s*$");

    /** A comment number alone on the first line, or before "says:" ("1", "3. Says:"); "#12" is a reader pointing at comment 12. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("(?i)^\\d{1,4}[.):]?(?:[ \\t]*\\n|[ \\t]+(?=(?:"
            + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:)))");

    /**
     * A star rating on a line of its own, as a review's stars print in a copy or as their label: "5 stars", "★★★★☆",
     * "Rated 4.5 out of 5", "(5/5)", "4 von 5 Sternen", "5 sur 5", or the label of stars a copy leaves out
     * ("Recipe Rating:").
     */
    private static final String RATING = "(?:[★☆✩✪⭐]{1,5}|\\(?(?:rated\\s+)?\\d(?:[.,]\\d)?\\s*(?:/\\s*5|stars?|"
            + "out of 5(?:\\s+stars?)?|von 5(?:\\s+sternen)?|sur 5|de 5(?:\\s+estrellas)?|sterne|étoiles?|estrellas?)\\)?"
            // the label of stars a copy leaves out ("Recipe Rating:" over the text)
            + "|(?:recipe\\s+|my\\s+)?(?:rating|bewertung|valoración|calificación)\\s*:)";
    private static final Pattern LEADING_RATING = Pattern.compile("(?i)^" + RATING + "(?:[ \\t]*" + RATING + ")?"
            + "(?:[ \\t]*\\n\\s*|[ \\t]+(?=(?-i:\\p{Lu})))");   // (its line joined to the text's first: "5 stars Thanks …";
                                                              // an image's label and its title: "5 stars5 stars")
    private static final Pattern TRAILING_RATING = Pattern.compile("(?i)\\n\\s*" + RATING + "\\s*$");

    private static final Pattern RATING_LINE = Pattern.compile("(?i)" + RATING);

    /** A rating alone on its line: "5 stars", "4.5 Sterne", "★★★★☆", "Rating:". */
    static boolean ratingLine(String line) {
        return RATING_LINE.matcher(line.strip()).matches();
    }

    private static final Pattern LEADING_CHROME = Pattern.compile("(?i)^(?:(?:" + CueWords.SAYS + ")\\s*(?:\\.\\.\\.|…|:)|\\[?(?:reply|antworten|répondre|responder|" + CueWords.REPLY + ")\\]?[ \\t]*\\n)\\s*");

    /** Words of page controls (buttons, share bars, comment-form links) in English, German, French and Spanish. */
    private static final Set<String> CONTROL_WORDS = Set.of("share", "email", "e-mail", "mail", "tweet", "print",
            "reply", "add", "new", "a", "comment", "comments", "post", "like", "report", "flag", "log", "login", "in",
            "sign", "subscribe", "follow", "permalink", "link", "edit", "delete", "quote", "more", "facebook", "twitter",
            "recommend", "vote", "votes", "antworten", "teilen", "drucken", "kommentar", "kommentare", "kommentieren",
            "melden", "empfehlen", "neuer",
            "hinzufügen", "répondre",
            "partager", "imprimer", "commenter", "commentaire", "commentaires", "signaler", "ajouter", "responder",
            "compartir", "imprimir", "comentar", "comentario", "comentarios", "denunciar", "añadir", "agregar", "رد", "الرد", "تعليق", "أضف", "إبلاغ", "ابلاغ", "تبليغ", "أعجبني", "اعجبني",
            "مشاركة", "شارك", "اقتباس", "حذف", "تعديل", "طباعة");

    /**
     * An article's toolbar ("Email this article", "Save this article", "AReduce font size"): its words are controls in
     * a text of six words or more (a reader may write "This." or "Share this article").
     */
    private static final Set<String> TOOLBAR_WORDS = Set.of("save", "this", "article", "story", "reduce", "increase",
            "font", "size");

    /**
     * The texts of the elements that could hold each item's text, and how many items hold each: a text in two or
     * more items is the site's words, not a commenter's (read once per page, before {@link CommentFields#read}).
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

    /** "infamousdx said," on a line of its own above the text: the byline, not the text. */
    static String dropBylineLine(String text, String author) {
        String[] lines = text.strip().split("\n", 2);
        if (lines.length == 2 && !lines[1].isBlank() && lines[0].length() <= author.length() + 20
                && cleanAuthor(lines[0]).equalsIgnoreCase(author)) {
            return lines[1];
        }
        return text;
    }

    static String stripLeadingAuthor(String text, String author) {
        String[] lines = text.split("\n", 2);
        if (lines.length == 2 && lines[0].contains(author) && lines[0].length() < author.length() + 40) {
            return lines[1];
        }
        return text;
    }

    static String removeFirstLineContaining(String text, String raw) {
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
        return SIGN_IN_PROMPT.matcher(text.strip()).matches() || MUST_SIGN_IN.matcher(text.strip()).matches();
    }

    /**
     * The whole text a notice that commenting needs an account: "Please sign in or register to send a comment to
     * Great British Chefs", "You must be logged in to post a comment.", and so in German, French and Spanish.
     */
    private static final Pattern MUST_SIGN_IN = Pattern.compile("(?isu)^(?:"
            + "(?:please\\s+)?(?:sign in|log in|login|register)(?:\\s+or\\s+(?:register|sign up|create an account))?"
            + "\\s+to\\s+(?:send|post|leave|add|write|make|submit)\\s+(?:a\\s+)?comments?\\b"
            + "|you (?:must|need to|have to) be (?:logged in|signed in|registered)(?: and logged in)? to (?:post|leave|add|"
            + "write|submit|make) (?:a )?comments?\\b"
            + "|sie müssen (?:angemeldet|eingeloggt|registriert) sein,? um (?:einen kommentar|zu kommentieren|kommentare)"
            + "|vous devez être (?:connecté|connectée|inscrit|identifié)e? pour (?:publier|poster|laisser|écrire) un commentaire"
            + "|(?:debes|debe|tienes que|tiene que) (?:estar registrado|iniciar sesión|estar conectado) para "
            + "(?:publicar|escribir|dejar|enviar) un comentario"
            + ")[^.!?]{0,80}[.!]?$");

    private static final Pattern TERMS_NOTICE = Pattern.compile("(?isu)^"
            // what is accepted is the site's terms, rules or policy, named in the notice
            + "(?=.{0,400}\\b(?:terms|conditions|policy|policies|guidelines|rules|code of conduct|nutzungsbedingungen|"
            + "richtlinien|netiquette|regeln|bedingungen|datenschutz\\w*|charte|règles|règlement|normas|condiciones|"
            + "política|reglas)\\b)(?:"
            + "(?:by|when) (?:commenting|posting|submitting|participating|leaving a comment|posting a comment)\\b.{0,60}"
            + "\\byou (?:agree to|accept|acknowledge|consent to)"
            + "|mit (?:dem absenden|ihrem kommentar|der nutzung|dem kommentieren)\\b.{0,80}\\b(?:akzeptieren|stimmen|erkennen) "
            + "(?-i:Sie)"
            + "|en (?:publiant|commentant|postant|soumettant|participant)\\b.{0,60}\\bvous (?:acceptez|reconnaissez)"
            + "|al (?:comentar|publicar|enviar|participar)\\b.{0,60}\\b(?:aceptas|usted acepta|reconoces)"
            + ")\\b.{0,300}$");

    /**
     * The terms a site sets for its comments, addressed to the reader and opening the text ("By commenting, you agree
     * to our terms of service…", "Mit dem Absenden Ihres Kommentars akzeptieren Sie…", "En publiant…, vous
     * acceptez…", "Al comentar aceptas…"): the comment area's notice, not a reader's comment. A reader who asks
     * "Would you agree that…" opens otherwise.
     */
    static boolean termsNotice(String text) {
        String t = text.strip();
        // cheap first: every notice opens with by, when, mit, en or al and is short
        if (t.length() < 20 || t.length() > 420 || "BbWwMmEeAa".indexOf(t.charAt(0)) < 0) {
            return false;
        }
        return TERMS_NOTICE.matcher(t).matches();
    }

    /** Whether a word is one of a page control's ("reply", "share", "antworten", …). */
    static boolean controlWord(String w) {
        return CONTROL_WORDS.contains(w);
    }

    /** True when every word of a text is a page control ("Add New Comment", "Share / Email"): no reader wrote it. */
    static boolean onlyControls(String text) {
        if (text.indexOf('?') >= 0 || text.indexOf('!') >= 0) {
            return false;   // a question is said, not clicked ("Link?")
        }
        String first = FirstWord.of(text, true, true);
        if (first != null && !first.isEmpty() && !CONTROL_WORDS.contains(first) && !TOOLBAR_WORDS.contains(first)) {
            return false;   // (most texts: their first word is no control)
        }
        String[] words = NOT_WORD_OR_DASH.split(GLUED_CAPITALS.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT));
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

    /**
     * A first line that is one short string twice, glued ("David LebovitzDavid Lebovitz"): a badge's image, its alt text
     * then its caption, as a copy prints it over the site owner's replies; no reader writes so. Dropped when text follows.
     */
    private static String withoutGluedBadge(String s) {
        int nl = s.indexOf('\n');
        String first = (nl < 0 ? s : s.substring(0, nl)).strip();
        int half = first.length() / 2;
        boolean glued = first.length() % 2 == 0 && half >= 4 && half <= 40 && first.substring(0, half).equals(first.substring(half))
                && Character.isLetter(first.charAt(0)) && first.indexOf(' ') > 0;
        return glued && nl > 0 && !s.substring(nl).isBlank() ? s.substring(nl + 1).strip() : s;
    }

    static String cleanText(String text) {
        String s = LEADING_NUMBER.matcher(text.strip()).replaceFirst("").strip();
        s = LEADING_CHROME.matcher(s).replaceFirst("");
        s = LEADING_RATING.matcher(s).replaceFirst("");
        s = withoutGluedBadge(s);
        for (int i = 0; i < 6; i++) {
            String t = TRAILING_RATING.matcher(TRAILING_CHROME.matcher(s).replaceFirst("")).replaceFirst("").strip();
            int nl = t.lastIndexOf('\n');
            if (nl > 0 && t.substring(nl + 1).strip().indexOf(' ') > 0 && onlyControls(t.substring(nl + 1))) {
                t = t.substring(0, nl).strip();   // a row of the comment's buttons: "Antworten Melden" (a word alone may be said)
            }
            if (t.equals(s)) {
                break;
            }
            s = t;
        }
        return s;
    }

    /**
     * Three records or more, none of which says anything: three capitalised words or numbers at most in each (a
     * schedule's or a scoreboard's rows, "Toronto 6/12/13 7:00 PM" over "Winnipeg"; the last row's first line), or
     * rows of figures of one shape (see {@link #figureShape}). Readers' threads hold sentences.
     */
    static boolean tableRows(List<String> texts) {
        if (texts.size() < 3) {
            return false;
        }
        if (figureRows(texts) || texts.size() > 3 && figureRows(texts.subList(0, texts.size() - 1))) {
            return true;   // (under three rows of figures or more, the last "row" is what the page shows next)
        }
        for (int i = 0; i < texts.size(); i++) {
            // (the last row's text may run on to the page's end where nothing closes it: its first line counts)
            boolean last = i == texts.size() - 1;
            String t = (last ? texts.get(i).strip().split("\n", 2)[0] : texts.get(i)).strip();
            if (Spaces.count(t) > (last ? 8 : 3) || !TABLE_CELLS.matcher(t).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Three rows or more, each a row of figures, all of one shape. */
    private static boolean figureRows(List<String> texts) {
        String shape = null;
        for (String t : texts) {
            String s = figureShape(t.strip());
            if (s == null || shape != null && !shape.equals(s)) {
                return false;
            }
            shape = s;
        }
        return texts.size() >= 3;
    }

    /**
     * The shape of a row of figures, or null when the text is none: four to six cells, each a number (with a sign, or
     * a letter before it: "+5.5", "-7", "o42.5"), a code of one to four capitals (behind a picture's alt text,
     * "[5_4647798]CIN") or a separator ("□", "|"), two numbers at least: a betting line or a scoreboard's row. Readers'
     * "LOL", "+1" or "2:1" are no such row.
     */
    static String figureShape(String text) {
        String[] cells = Spaces.split(text);
        if (cells.length < 4 || cells.length > 6) {
            return null;
        }
        StringBuilder shape = new StringBuilder();
        int numbers = 0;
        for (String c : cells) {
            String cell = c.replaceFirst("^\\[[^\\]\\s]{1,40}\\]", "");
            char kind = NUMBER_CELL.matcher(cell).matches() ? 'n' : CODE_CELL.matcher(cell).matches() ? 'c'
                    : cell.matches("[□■•·|/-]") ? 's' : 0;
            if (kind == 0) {
                return null;
            }
            numbers += kind == 'n' ? 1 : 0;
            shape.append(kind);
        }
        return numbers >= 2 ? shape.toString() : null;
    }

    private static final java.util.regex.Pattern NUMBER_CELL = java.util.regex.Pattern.compile(
            "[+\\-−±]?\\p{Ll}?\\p{N}{1,6}(?:[.,]\\p{N}{1,3})?%?");
    private static final java.util.regex.Pattern CODE_CELL = java.util.regex.Pattern.compile("\\p{Lu}{1,4}");

    /**
     * A table's cells: words that each open with a capital or a digit, no sentence's mark ("Winnipeg", "Calgary Phoenix
     * 79 FINAL"); a reader's "Great WOD!", "HOLY!", "+1" or "Toll!" is no cell.
     */
    private static final java.util.regex.Pattern TABLE_CELLS = java.util.regex.Pattern.compile(
            "[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.-]*(?:\\s+[\\p{Lu}\\p{N}][\\p{L}\\p{N}'’.-]*)*");

    /**
     * Whether the text's last line is the avatar its writer's initials stand in for ("… Dank je Harold!" / "KL" under
     * Klaas Blomme's comment; "KB" would do as well): two or three capitals, the name's first letters or the first
     * letter of each of its words. Taken off only where most records of the page end so ({@link #withoutInitials}):
     * one reader's "LOL" under Lola's name is her own word.
     */
    static boolean endsWithInitials(String text, String author) {
        int nl = text.lastIndexOf('\n');
        if (nl < 0 || author == null || author.isBlank()) {
            return false;
        }
        String last = text.substring(nl + 1).strip();
        if (last.length() < 2 || last.length() > 3 || !last.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        String name = author.strip().toUpperCase(java.util.Locale.ROOT);
        StringBuilder initials = new StringBuilder();
        for (String w : Spaces.split(name)) {
            initials.appendCodePoint(w.codePointAt(0));
        }
        return name.startsWith(last) || initials.toString().startsWith(last);
    }

    /** The text less its last line, where {@link #endsWithInitials} says it is the writer's initials. */
    static String withoutInitials(String text, String author) {
        return endsWithInitials(text, author) ? text.substring(0, text.lastIndexOf('\n')).strip() : text;
    }

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
