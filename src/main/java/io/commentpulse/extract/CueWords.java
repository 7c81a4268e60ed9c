package io.commentpulse.extract;

/**
 * Words that signal comments, as regex alternations for the cue patterns of the HTML and text extractors: evidence,
 * never gates. {@link #SAYS} is the one list of "says" words in English, German, French, Spanish, Arabic and a few
 * more (Italian, Danish, Norwegian, Swedish, Dutch, Portuguese, Polish); the other
 * constants are the Arabic forms of cues each pattern knows in the other four languages. Arabic has no letter case and
 * attaches the article ("ال") to its noun, so the forms with and without it are listed.
 */
final class CueWords {
    /** "Comments", "the comments", "replies", "readers' comments": a comment list's heading. */
    static final String COMMENTS = "تعليقات القراء|آراء القراء|التعليقات|تعليقات|التعليق|تعليق|الردود|ردود";
    /**
     * "Comments" in other languages the pages of the test sets hold (Polish, Bulgarian, Russian, Hungarian, Czech,
     * Italian, Portuguese, Dutch, Scandinavian, Turkish): the noun of a thread's heading or count, as evidence. Its
     * own group ignores case beyond ASCII ("Коментари", "HOZZÁSZÓLÁSOK"); {@link #word} keeps it a whole word.
     */
    static final String COMMENTS_MORE = "(?iu:komentarze|komentarzy|komentarz|коментари|коментара|комментарии|"
            + "комментариев|hozzászólások|hozzászólás|kommentek|komentáře|komentářů|commenti|comentários|reacties|"
            + "kommentarer|yorumlar)";
    /** The same languages' "Recent comments" widget titles: a sidebar's heading, not a thread's. */
    static final String RECENT_COMMENTS_MORE = "(?iu:najnowsze komentarze|ostatnie komentarze|последние комментарии|"
            + "последни коментари|commenti recenti|ultimi commenti|comentários recentes|recente reacties|"
            + "senaste kommentarer|son yorumlar|legutóbbi hozzászólások|nejnovější komentáře)";
    /**
     * Readers' opinions as a thread's heading, in English, German, French and Spanish ("Visitor Opinions", "Readers'
     * opinions", "Lesermeinungen", "Avis des lecteurs"): never "Opinion" alone, a newspaper's section.
     */
    static final String READER_OPINIONS = "(?:visitor|reader|user)s?['’]?\\s+opinions?|leser-?meinungen|"
            + "(?:opinions?|avis) des (?:lecteurs|internautes)|opiniones de (?:los )?lectores";
    /** "One" before a count's noun, in English, German, French and Spanish ("One Comment", "Ein Kommentar"). */
    static final String ONE = "one|ein|eine|un|une|uno|una";
    /** A reply link or button. */
    static final String REPLY = "الرد|ردّ|رد";
    /**
     * "says", "said", "wrote", "replied" after a commenter's name, in the five languages (WordPress' "… sagt:", "… dit :",
     * "… dijo:", "… قال:") and a few more (Italian, Danish/Norwegian/Swedish "skrev", Dutch, Portuguese, Polish);
     * longer forms first.
     */
    static final String SAYS = "says|said|wrote|sagt|schreibt|schrieb|a dit|a écrit|dit|escribió|escribio|dijo|dice|"
            + "ha scritto|skrev|napisała|napisał|"
            // "replied" and words a sentence may end with only before their colon: "Monique replied:", never a sort
            // menu's "Most Replied" or a Danish "… jeg elsker disse" ("these")
            + "(?:replied|answered|antwortete|a répondu|respondió|respondio|ha risposto|svarede|svarade|svarte|"
            + "antwoordde|respondeu|scrive|skriver|schreef|zegt|escreveu|disse)(?=[\\s\\u00a0]*:)|"
            + "يقول|تقول|قالت|قال|كتبت|كتب";
    /**
     * A name field's label over or before a commenter's name ("Nick", "Name:", "Autor", "Pseudo"), in the five
     * languages and a few more; the label alone, never a sentence.
     */
    static final String NAME_LABEL = "(?iu:nick|nickname|name|user ?name|author|autor|benutzer|benutzername|verfasser|"
            + "pseudo|pseudonyme|nom|nombre|usuario|pseudonim|podpis|użytkownik|név|felhasználó|szerző|автор|име|"
            + "псевдоним|ник|الاسم|اسم المستخدم)";
    /** A date field's label over a comment's date ("Date added", "Data dodania", "Datum", "Fecha"). */
    static final String DATE_LABEL = "(?iu:date|date added|added|datum|hinzugefügt|date d'ajout|ajouté le|fecha|"
            + "data|data dodania|dodano|dátum|дата|التاريخ)";
    /**
     * A control's label that shows the rest of a long comment ("Show more", "Weiterlesen", "Voir plus", "Leer más",
     * "rozwiń komentarz"), with its ellipsis or arrow.
     */
    static final String EXPAND = "(?iu:(?:show|read|see|view) (?:more|all|full comment|the rest)"
            + "|expand(?: comment)?|mehr anzeigen|weiterlesen|voir plus|afficher plus|lire la suite|leer más|ver más|"
            + "mostrar más|rozwiń(?: komentarz)?|pokaż więcej|още|tovább)\\s*(?:…|\\.\\.\\.|»|›)?";
    /** "by", "posted by", "written by" before a name. */
    static final String BY = "نشر بواسطة|أرسل بواسطة|بواسطة|بقلم|كتبه";
    /** Page controls beside a comment: report, like, share, quote, delete, edit. */
    static final String CONTROLS = "إبلاغ|ابلاغ|تبليغ|أعجبني|اعجبني|إعجاب|مشاركة|شارك|اقتباس|حذف|تعديل";
    /** The comment form: add a comment, leave a reply, share your opinion, your e-mail address. */
    static final String FORM = "أضف تعليق|اضف تعليق|أضف تعليقك|اترك تعليق|اترك رد|اكتب تعليقك|شارك برأيك|"
            + "بريدك الإلكتروني";
    /** Related articles, related news, read also. */
    static final String RELATED = "مقالات ذات صلة|أخبار ذات صلة|اقرأ أيضا";
    /** A teaser's link to the rest of an article. */
    static final String READ_MORE = "اقرأ المزيد|المزيد|تابع القراءة|اقرأ أكثر";
    /** Words that lead from a comments heading to the article: "on", "about". */
    static final String ABOUT = "على|حول|عن";

    private CueWords() {
    }

    /** The alternation as a whole word: no letter right before or after it. */
    static String word(String alternation) {
        return "(?<![\\p{L}])(?:" + alternation + ")(?![\\p{L}])";
    }
}
