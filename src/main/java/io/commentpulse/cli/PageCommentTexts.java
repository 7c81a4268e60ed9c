package io.commentpulse.cli;

import io.commentpulse.extract.BadPageException;
import io.commentpulse.extract.Comment;
import io.commentpulse.extract.ExtractOptions;
import io.commentpulse.extract.Extractor;
import io.commentpulse.model.NewsReadersImporter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The comment texts of a named page (for {@code pulse import news-readers}), extracted from the first of some folders that holds {@code PAGE.html}. */
public final class PageCommentTexts implements NewsReadersImporter.PageComments {
    private final List<Path> folders;
    private final Extractor extractor = new Extractor(ExtractOptions.defaults());

    public PageCommentTexts(List<Path> folders) {
        this.folders = folders;
    }

    @Override
    public List<String> of(String page) throws IOException {
        for (Path folder : folders) {
            Path file = folder.resolve(page + ".html");
            if (Files.isRegularFile(file)) {
                try {
                    return extractor.extract(file).comments().stream().map(Comment::text).toList();
                } catch (BadPageException e) {
                    throw new IOException(file + ": " + e.getMessage(), e);
                }
            }
        }
        return List.of();
    }
}
