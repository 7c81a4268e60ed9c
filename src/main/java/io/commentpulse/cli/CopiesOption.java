package io.commentpulse.cli;

import io.commentpulse.extract.PageWalk;
import picocli.CommandLine.Option;

/** {@code --keep-copies}, for every command that reads pages: read a copy of a page read before as a page of its own. */
final class CopiesOption {
    @Option(names = "--keep-copies", description = "Read every page as it is. By default a comment already read "
            + "(same article, author, time and text) is left out, and so is a page's comment matched in the page it "
            + "copies, where most of its comments have the texts of comments read before (the saved page and a text "
            + "copy of it, or the page saved again later): its new comments are kept, with a warning naming the page "
            + "and, for a copy, the page it copies; a text copy is read after the page of the same name, so the page's "
            + "richer fields are the ones kept.")
    boolean keepCopies;

    PageWalk apply(PageWalk walk) {
        return keepCopies ? walk.keepingCopies() : walk;
    }
}
