package io.commentpulse.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jsoup.nodes.Element;

/**
 * Authors of comments found by their markup whose name is marked by nothing the field reader knows (a plain
 * {@code li} beside the date: "Aurelia D'ANDREA / July 6, 2015 3:13pm"): where half or more of a page's comments
 * have no author, the lines outside their body elements are compared across the comments, as {@link RecordSlots} compares
 * detected records, and the place that holds a short, varying, name-like line in most of them gives each its name.
 * Only an empty author is filled; the texts stay as read.
 */
final class MetaAuthors {
    private MetaAuthors() {
    }

    static void fill(List<CommentLocator.Item> items, Map<CommentLocator.Item, CommentFields.Fields> located,
                     Function<CommentLocator.Item, Predicate<Element>> nestedOf, Set<String> repeated) {
        long unnamed = items.stream().filter(i -> located.get(i).author().isEmpty()).count();
        if (items.size() < 3 || unnamed * 2 < items.size()) {
            return;
        }
        List<String> metas = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> authors = new ArrayList<>();
        for (CommentLocator.Item i : items) {
            metas.add(CommentFields.metaOf(i, nestedOf.apply(i), repeated));
            dates.add(located.get(i).timestampRaw());
            authors.add(located.get(i).author());
        }
        RecordSlots slots = RecordSlots.learnMeta(metas, dates, authors);
        for (int k = 0; k < items.size(); k++) {
            CommentFields.Fields f = located.get(items.get(k));
            String name = f.author().isEmpty() && !metas.get(k).isBlank() ? slots.author(metas.get(k), dates.get(k)) : "";
            if (!name.isEmpty()) {
                located.put(items.get(k), new CommentFields.Fields(name, f.timestamp(), f.timestampRaw(), f.text(),
                        f.quote()));
            }
        }
    }
}
