package dev.stencil.declare;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code schemas:}: each name's Avro file, read with Avro's parser. */
final class SchemaSection {

    private SchemaSection() {}

    static void check(Checking checking) {
        JsonNode schemas = checking.yaml().root().path("schemas");
        for (Map.Entry<String, JsonNode> entry : schemas.properties()) {
            List<dev.stencil.model.Diagnostic> found = new ArrayList<>();
            AvroSchemas.read(entry.getKey(), checking.resolve(entry.getValue().asText()),
                    checking.yaml().at(entry.getValue()), found).ifPresent(checking::schema);
            checking.addAll(found);
        }
    }
}
