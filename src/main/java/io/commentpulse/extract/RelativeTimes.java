package io.commentpulse.extract;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Relative comment times ("3 hours ago", "1 Monat her") count back from when the page was saved, not from when the
 * article was published: they are resolved again against {@link SavedTime}. When the page does not say when it was
 * saved, the file's modification time stands in and a warning says so; with no time at all they stay unresolved.
 */
final class RelativeTimes {
    private RelativeTimes() {
    }

    static PageResult resolve(PageResult result, Page page, ZoneId zone) {
        if (result.comments().stream().noneMatch(c -> TimestampParser.isRelative(c.timestampRaw()))) {
            return result;
        }
        Optional<SavedTime> saved = SavedTime.of(page);
        List<Comment> out = new ArrayList<>();
        int relative = 0;
        for (Comment c : result.comments()) {
            if (!TimestampParser.isRelative(c.timestampRaw())) {
                out.add(c);
                continue;
            }
            relative++;
            OffsetDateTime t = saved.flatMap(s -> TimestampParser.find(c.timestampRaw(), zone, s.time()))
                    .map(TimestampParser.Match::value).orElse(null);
            out.add(new Comment(c.commentId(), c.author(), t, c.timestampRaw(), c.replyTo(), c.text(), c.quote()));
        }
        List<String> warnings = new ArrayList<>(result.warnings());
        if (saved.isEmpty()) {
            warnings.add(relative + " relative comment times (\"3 hours ago\") left without a date: the page does not say "
                    + "when it was saved");
        } else if (!saved.get().inPage()) {
            warnings.add(relative + " relative comment times (\"3 hours ago\") counted back from " + saved.get().source()
                    + " (" + saved.get().time() + "), since the page does not say when it was saved");
        }
        return new PageResult(result.article(), out, warnings);
    }
}
