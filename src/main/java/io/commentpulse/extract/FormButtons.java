package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A comment form's button as w3m prints it, "[Post Comment]", also where lynx prints only its label: lynx gives a
 * button no brackets ("____________________ Email*" / "Post Comment"), so the line under the form's fields reads
 * like a heading. A line that is a comment button's label, with a form's field on one of the few lines above it, is
 * rewritten in brackets; so the thread under the form is read as under a w3m copy's button.
 */
final class FormButtons {
    /** A comment form's button as a text browser prints it: "[Post Comment]", "[Kommentar veröffentlichen]". */
    static final Pattern SUBMIT = Pattern.compile("(?i)^\\[\\s*(?:post|submit|send|add|publish|absenden|senden|"
            + "abschicken|veröffentlichen|publier|envoyer|publicar|enviar)?\\s*(?:a\\s+|your\\s+|einen\\s+|le\\s+|un\\s+|el\\s+)?"
            + "(?:comment|kommentar|commentaire|comentario)\\s*(?:absenden|senden|abschicken|veröffentlichen|publier|envoyer|publicar|enviar)?\\s*\\]$");
    /** How many lines with text above the label the form's last field may stand (a checkbox's wrapped consent text). */
    private static final int FIELD_REACH = 3;

    private FormButtons() {
    }

    /** The copy's lines (stripped), each bare button label under a form's field in brackets; unchanged otherwise. */
    static List<String> bracketed(List<String> lines) {
        List<String> out = null;
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() > 40 || l.isEmpty() || l.charAt(0) == '[' || !SUBMIT.matcher("[" + l + "]").matches()
                    || !fieldAbove(lines, i)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, "[" + l + "]");
        }
        return out == null ? lines : out;
    }

    private static boolean fieldAbove(List<String> lines, int i) {
        int seen = 0;
        for (int j = i - 1; j >= 0 && seen < FIELD_REACH; j--) {
            if (lines.get(j).isEmpty()) {
                continue;
            }
            if (ThreadBounds.isFormField(lines.get(j))) {
                return true;
            }
            seen++;
        }
        return false;
    }
}
