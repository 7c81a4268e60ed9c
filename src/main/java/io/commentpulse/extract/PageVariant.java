package io.commentpulse.extract;

/**
 * A page as the extractor would see it had its site been made differently: the generalization checks of
 * {@code pulse eval-extract} ({@link MarkupVariant}: other class and id names; {@link LocalizedPage}: dates written
 * in another language). Comments, their text and the page's structure stay as they were.
 */
@FunctionalInterface
public interface PageVariant {
    /** The page unchanged. */
    PageVariant NONE = page -> page;

    /** The page seen through this variant. */
    Page apply(Page page);

    /** This variant, then {@code next}. */
    default PageVariant then(PageVariant next) {
        return page -> next.apply(apply(page));
    }
}
