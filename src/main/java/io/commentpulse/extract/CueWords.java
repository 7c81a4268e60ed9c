package io.commentpulse.extract;

/**
 * Words that signal comments, as regex alternations for the cue patterns of the HTML and text extractors: evidence,
 * never gates. {@link #SAYS} is the one list of "says" words in English, German, French, Spanish and Arabic; the other
 * constants are the Arabic forms of cues each pattern knows in the other four languages. Arabic has no letter case and
 * attaches the article ("ال") to its noun, so the forms with and without it are listed.
 */
final class CueWords {
    /** "Comments", "the comments", "replies", "readers' comments": a comment list's heading. */
    static final String COMMENTS = "تعليقات القراء|آراء القراء|التعليقات|تعليقات|التعليق|تعليق|الردود|ردود";
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
     * "says", "said", "wrote" after a commenter's name, in the five languages (WordPress' "… sagt:", "… dit :",
     * "… dijo:", "… قال:"); longer forms first.
     */
    static final String SAYS = "says|said|wrote|sagt|schreibt|schrieb|a dit|a écrit|dit|escribió|escribio|"
            + "dijo|dice|يقول|تقول|قالت|قال|كتبت|كتب";
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
