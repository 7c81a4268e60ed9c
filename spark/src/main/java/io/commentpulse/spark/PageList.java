package io.commentpulse.spark;

import io.commentpulse.extract.CopiedComments;

import io.commentpulse.extract.PageSource;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The driver's list of pages, in the order {@code pulse run} reads them: each PATH in turn, a directory walked with
 * its files sorted by path. Local paths are listed exactly as {@code pulse run} lists them (so the source_file
 * column is the same); Hadoop URIs are listed through Hadoop's file system.
 */
final class PageList {
    private PageList() {
    }

    /**
     * The pages; a path that cannot be listed is added to {@code problems} as "PATH: reason". With
     * {@code textCopiesLast}, a text copy of a page also read comes after the others, as {@code pulse run} reads them
     * unless told --keep-copies ({@link CopiedComments#textCopiesLast}).
     */
    static List<PageRef> of(List<String> inputs, List<String> problems, boolean textCopiesLast) {
        List<String> all = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String in : inputs) {
            for (String f : in.contains("://") ? hadoop(in, problems) : local(in, problems)) {
                // a file named twice (itself and its folder) is read once, as pulse reads it
                if (seen.add(f.contains("://") ? f : Path.of(f).toAbsolutePath().normalize().toString())) {
                    all.add(f);
                } else {
                    System.err.println("pulse-spark: " + f + ": warning: named more than once; read once");
                }
            }
        }
        if (textCopiesLast) {
            all = CopiedComments.textCopiesLast(all, f -> f);
        }
        List<PageRef> out = new ArrayList<>();
        for (String f : all) {
            out.add(new PageRef(out.size(), f, f.contains("://") ? f : Path.of(f).toAbsolutePath().toString()));
        }
        return out;
    }

    private static List<String> local(String in, List<String> problems) {
        List<PageSource.Problem> p = new ArrayList<>();
        List<String> files = PageSource.expand(List.of(Path.of(in)), p).stream().map(Path::toString).toList();
        p.forEach(x -> problems.add(x.path() + ": " + x.reason()));
        if (files.isEmpty() && p.isEmpty() && java.nio.file.Files.isDirectory(Path.of(in))) {
            System.err.println("pulse-spark: " + in + ": warning: no pages in it (.html, .htm, .txt, .mhtml, .mht or .webarchive files)");
        }
        return files;
    }

    /**
     * A listed file's address with its scheme and "//" (Hadoop writes a local file as "file:/dir/a.html", which would
     * then be taken for a path of this machine's disk); the path as Hadoop names it (spaces and all).
     */
    private static String address(org.apache.hadoop.fs.Path p) {
        URI u = p.toUri();
        return u.getScheme() == null ? p.toString()
                : u.getScheme() + "://" + (u.getAuthority() == null ? "" : u.getAuthority()) + u.getPath();
    }

    private static List<String> hadoop(String in, List<String> problems) {
        List<String> files = new ArrayList<>();
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(in);
            FileSystem fs = root.getFileSystem(new Configuration());   // (an address with a space is no java.net.URI)
            FileStatus st = fs.getFileStatus(root);
            if (!st.isDirectory()) {
                return List.of(in);
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            java.util.Set<String> listed = new java.util.HashSet<>();
            while (it.hasNext()) {
                listed.add(address(it.next().getPath()));
            }
            for (String p : listed) {
                // a frame's document in a "Webpage, Complete" save's _files folder is read with its page
                if (PageSource.isPageName(p) && !PageSource.isSavedResource(p, listed::contains)) {
                    files.add(p);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(in + ": cannot list: " + e.getMessage());
        }
        files.sort(null);
        return files;
    }
}
