package io.commentpulse.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The Arabic time units of a relative date ("منذ 3 ساعات", three hours ago): each written form (singular, plural,
 * dual, with or without hamza, ta marbuta written as ha) with the English unit it means and the count it carries when
 * no number is written (a dual, "ساعتين", is two hours).
 */
final class ArabicUnits {

    /** An English unit name as {@link TimestampParser} resolves it, and the count of a form without a number. */
    record Unit(String name, int count) {
    }

    static final Map<String, Unit> WORDS = new HashMap<>();

    static {
        add("second", new String[]{"ثانية", "ثانيه", "ثوان", "ثواني", "ثوانٍ"}, new String[]{"ثانيتين", "ثانيتان"});
        add("minute", new String[]{"دقيقة", "دقيقه", "دقائق"}, new String[]{"دقيقتين", "دقيقتان"});
        add("hour", new String[]{"ساعة", "ساعه", "ساعات"}, new String[]{"ساعتين", "ساعتان"});
        add("day", new String[]{"يوم", "أيام", "ايام"}, new String[]{"يومين", "يومان"});
        add("week", new String[]{"أسبوع", "اسبوع", "أسابيع", "اسابيع"}, new String[]{"أسبوعين", "اسبوعين", "أسبوعان"});
        add("month", new String[]{"شهر", "أشهر", "اشهر", "شهور"}, new String[]{"شهرين", "شهران"});
        add("year", new String[]{"سنة", "سنه", "سنوات", "سنين", "عام", "أعوام", "اعوام"},
                new String[]{"سنتين", "سنتان", "عامين", "عامان"});
    }

    private ArabicUnits() {
    }

    private static void add(String unit, String[] forms, String[] duals) {
        for (String f : forms) {
            WORDS.put(f, new Unit(unit, 1));
        }
        for (String f : duals) {
            WORDS.put(f, new Unit(unit, 2));
        }
    }
}
