package io.commentpulse.spark;

import java.io.Serializable;

/**
 * A page to extract: its place in the input order, its path as the user gave it (a local or shared-storage path,
 * or a Hadoop URI such as {@code hdfs://…}), and where executors read it: the absolute path (an executor's working
 * folder is not the driver's), or the URI.
 */
record PageRef(int index, String path, String location) implements Serializable {
}
