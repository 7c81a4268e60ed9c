package io.commentpulse.spark;

import org.apache.spark.api.java.JavaSparkContext;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Ships the model folder with the job: zipped on the driver and added as an archive, which Spark copies to every
 * executor and unpacks there (a plain folder cannot be added on a cluster). Executors find it by its name through
 * {@code SparkFiles}; {@link ExecutorModel} loads it and checks its checksums.
 */
final class ModelShipping {
    private ModelShipping() {
    }

    /** Adds the model to the job; returns the name executors look it up by. */
    static String ship(JavaSparkContext jsc, Path modelDir, Path scratch) throws IOException {
        String name = "pulse-model-" + modelDir.getFileName() + ".zip";
        Path zip = scratch.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             Stream<Path> files = Files.list(modelDir)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                z.putNextEntry(new ZipEntry(f.getFileName().toString()));
                Files.copy(f, z);
                z.closeEntry();
            }
        }
        jsc.sc().addArchive(zip.toUri().toString());
        return name;
    }

}
