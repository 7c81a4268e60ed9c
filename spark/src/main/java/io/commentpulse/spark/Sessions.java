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
        // Spark's stage progress bar on a terminal; not into log files
        conf.setIfMissing("spark.ui.showConsoleProgress", String.valueOf(System.console() != null));
        SparkSession s = SparkSession.builder().config(conf).getOrCreate();
        s.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
        return s;
    }

    static boolean local(SparkSession s) {
        return s.sparkContext().isLocal();
    }
}
