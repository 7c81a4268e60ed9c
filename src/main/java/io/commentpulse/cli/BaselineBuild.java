package io.commentpulse.cli;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another build of CommentPulse's extractor (an older commit's jar and its libraries), loaded in a class loader of its
 * own beside this build: {@code pulse bench extract --baseline} times both in one process, round by round, so that the
 * two are measured on the same machine at the same moment (this VM's speed drifts by more than the gap between two
 * builds from one run to the next). It reads pages with its own code and its own library versions; this build's
 * classes are not visible to it.
 */
final class BaselineBuild implements AutoCloseable {

    private static final String EXTRACTOR = "io.commentpulse.extract.Extractor";
    private static final String OPTIONS = "io.commentpulse.extract.ExtractOptions";

    private final URLClassLoader loader;
    private final Object extractor;
    private final Method extract;

    private BaselineBuild(URLClassLoader loader, Object extractor, Method extract) {
        this.loader = loader;
        this.extractor = extractor;
        this.extract = extract;
    }

    /**
     * The build on {@code classpath}: jars and folders joined by the platform's path separator, an entry ending in
     * {@code *} standing for every jar in its folder (as {@code java -cp} reads it).
     */
    static BaselineBuild load(String classpath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                urls.addAll(expand(entry.strip()));
            }
        }
        URLClassLoader loader = new URLClassLoader("baseline", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        try {
            Class<?> options = loader.loadClass(OPTIONS);
            Class<?> extractor = loader.loadClass(EXTRACTOR);
            Object defaults = options.getMethod("defaults").invoke(null);
            Object instance = extractor.getConstructor(options).newInstance(defaults);
            return new BaselineBuild(loader, instance, extractor.getMethod("extract", Path.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            close(loader);
            throw new UsageException("--baseline " + classpath + ": no CommentPulse extractor there (" + e + ")");
        }
    }

    private static List<URL> expand(String entry) {
        try {
            if (entry.endsWith("*")) {
                Path folder = Path.of(entry.substring(0, entry.length() - 1));
                if (!Files.isDirectory(folder)) {
                    throw new UsageException("--baseline: no folder " + folder);
                }
                List<URL> jars = new ArrayList<>();
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.{jar,JAR}")) {
                    for (Path jar : files) {
                        jars.add(jar.toUri().toURL());
                    }
                }
                return jars;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new UsageException("--baseline: no file or folder " + path);
            }
            return List.of(path.toUri().toURL());
        } catch (MalformedURLException e) {
            throw new UsageException("--baseline: " + entry + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UsageException("--baseline: cannot list " + entry + ": " + e.getMessage());
        }
    }

    /** The comments the baseline finds on {@code page}; 0 where it cannot read the page (as this build's bench counts it). */
    int comments(Path page) {
        try {
            Object result = extract.invoke(extractor, page);
            return ((List<?>) result.getClass().getMethod("comments").invoke(result)).size();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause.getClass().getSimpleName().equals("BadPageException")) {
                return 0;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the baseline failed on " + page + ": " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the baseline's extractor gives no comments(): " + e, e);
        }
    }

    @Override
    public void close() {
        close(loader);
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            // nothing held open that matters once the bench is done
        }
    }
}
