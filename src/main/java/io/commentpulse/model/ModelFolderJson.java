package io.commentpulse.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Records to JSON trees for manifests. */
final class ModelFolderJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelFolderJson() {
    }

    static ObjectNode toTree(Object value) {
        return JSON.valueToTree(value);
    }
}
