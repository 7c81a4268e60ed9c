package io.commentpulse.cli;

import java.util.Arrays;

/**
 * Quiet logs by default (warnings only, no DL4J/ND4J banners); {@code --verbose} anywhere on the command line
 * turns on info-level logs. Must run before any logger is created.
 */
final class Logging {
    private static boolean verbose;

    private Logging() {
    }

    static void configure(String[] args) {
        verbose = Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v");
        String level = verbose ? "info" : "warn";
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", level);
        System.setProperty("org.slf4j.simpleLogger.log.org.nd4j", verbose ? "info" : "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.deeplearning4j", verbose ? "info" : "error");
        System.setProperty("org.slf4j.simpleLogger.log.org.bytedeco", "error");
        // the encoder's tokenizer warns on every load that it uses the model's own maximum length, as intended
        System.setProperty("org.slf4j.simpleLogger.log.ai.djl", verbose ? "info" : "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }

    static boolean verbose() {
        return verbose;
    }
}
