package io.commentpulse.extract;

import java.nio.file.Path;

/** Reads a page from disk and hands it to the HTML or the text extractor. */
public final class Extractor {
    private final PageExtractor html = new HtmlExtractor();
    private final PageExtractor text = new TextExtractor();
    private final ExtractOptions options;
    private final PageVariant variant;

    public Extractor(ExtractOptions options) {
        this(options, PageVariant.NONE);
    }

    /** An extractor that sees every page through {@code variant} (the generalization checks). */
    public Extractor(ExtractOptions options, PageVariant variant) {
        this.options = options;
        this.variant = variant;
    }

    /** This extractor seeing every page through {@code first}, then through its own variant. */
    public Extractor through(PageVariant first) {
        return new Extractor(options, first.then(variant));
    }

    public ExtractOptions options() {
        return options;
    }

    /** Extracts one page; a page that cannot be read or parsed raises {@link BadPageException} with the reason. */
    public PageResult extract(Path path) throws BadPageException {
        return extract(path, w -> { });
    }

    /** Extracts one page, passing problems that did not stop extraction to {@code warnings}. */
    public PageResult extract(Path path, java.util.function.Consumer<String> warnings) throws BadPageException {
        return extract(PageDecoder.read(path, options), warnings);
    }

    /** Extracts the page at {@code location}, named {@code path} (as the user gave it) in its article and comments. */
    public PageResult extract(Path path, Path location, java.util.function.Consumer<String> warnings) throws BadPageException {
        return extract(PageDecoder.read(path, location, options), warnings);
    }

    /**
     * Extracts a page whose bytes were read elsewhere; {@code path} names it as the user gave it, {@code modified}
     * is its file's modification time (null when unknown).
     */
    public PageResult extract(Path path, byte[] bytes, java.time.Instant modified,
                              java.util.function.Consumer<String> warnings) throws BadPageException {
        return extract(path, bytes, modified, Frames.NONE, warnings);
    }

    /** As {@link #extract(Path, byte[], java.time.Instant, java.util.function.Consumer)}, its saved frames in {@code beside}. */
    public PageResult extract(Path path, byte[] bytes, java.time.Instant modified, Frames beside,
                              java.util.function.Consumer<String> warnings) throws BadPageException {
        return extract(PageDecoder.fromBytes(path, bytes, modified, beside, options), warnings);
    }

    private PageResult extract(Page page, java.util.function.Consumer<String> warnings) throws BadPageException {
        page.warnings().forEach(warnings);
        try {
            page = variant.apply(page);
            PageResult result = RelativeTimes.resolve((page.html() ? html : text).extract(page, options), page,
                    options.zone());
            result.warnings().forEach(warnings);
            return result;
        } catch (StackOverflowError e) {
            throw new BadPageException("markup nested too deeply to parse");
        } catch (RuntimeException e) {
            throw new BadPageException("could not parse: " + e);
        }
    }
}
