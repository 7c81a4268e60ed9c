package io.commentpulse.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/** The Spark session of a job: the master spark-submit set, else {@code --master}, else embedded {@code local[*]}. */
final class Sessions {
    private Sessions() {
    }

    static SparkSession open(String master, boolean verbose) {
        SparkConf conf = new SparkConf().setAppName("CommentPulse");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        if (!conf.get("spark.master").startsWith("local") && !conf.contains("spark.jars")) {
            // started by spark/pulse-spark, not spark-submit: executors need the application jar to load our classes
            conf.set("spark.jars", appJar());
        }
        // task results and cached rows are records and immutable lists, which Kryo cannot rebuild: a cluster whose
        // spark-defaults.conf chooses Kryo would fail the job
        conf.set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        // a table's columns are named as pulse names them, case and all: a mapped table's "author" beside its own
        // "Author" are two columns, not one ambiguous name
        conf.set("spark.sql.caseSensitive", "true");
        // Spark's stage progress bar on a terminal; not into log files
        conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
        SparkSession s = SparkSession.builder().config(conf).getOrCreate();
        s.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
        if (!verbose) {
            // a CSV column without a name, or with another's, is renamed as pulse renames it (CsvHeader), said in a
            // line of our own; Spark's header check would then warn that the header is not the schema it was given
            try {
                org.apache.logging.log4j.core.config.Configurator.setLevel(
                        "org.apache.spark.sql.catalyst.csv.CSVHeaderChecker", org.apache.logging.log4j.Level.ERROR);
            } catch (LinkageError | RuntimeException otherLogging) {
                // a cluster that logs through another backend shows Spark's warning too; nothing else changes
            }
        }
        return s;
    }

    /** The shaded application jar beside this module's jar (spark/target), for a cluster started from the launcher. */
    private static String appJar() {
        try {
            java.nio.file.Path own = java.nio.file.Path.of(SparkMain.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            java.nio.file.Path app = own.resolveSibling("commentpulse-spark-0.1.0-app.jar");
            if (java.nio.file.Files.isRegularFile(app)) {
                return app.toUri().toString();
            }
        } catch (java.net.URISyntaxException | RuntimeException ignored) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--master names a cluster, but the application jar "
                + "(spark/target/commentpulse-spark-0.1.0-app.jar) is not built; build it with mvn -f spark/pom.xml "
                + "package, or submit with spark-submit (README: On Apache Spark)");
    }

    static boolean local(SparkSession s) {
        return s.sparkContext().isLocal();
    }
}
