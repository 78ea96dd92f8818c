package dev.stencil.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * How the local run makes the events of one schema, as the sidecar's {@code local:} section says.
 *
 * @param schema the schema's name
 * @param seed the seed, so that a run can be repeated; empty for the run's own
 * @param fields the values of the fields named, by field name
 */
public record LocalValues(String schema, OptionalLong seed, Map<String, Values> fields) {

    public LocalValues {
        fields = Map.copyOf(fields);
    }

    /**
     * The values one field takes.
     *
     * @param oneOf the values to pick from (strings, numbers or booleans as YAML gives them); empty for a range
     * @param range the lowest and highest number, when a range is given
     */
    public record Values(List<Object> oneOf, List<Double> range) {

        public Values {
            oneOf = List.copyOf(oneOf);
            range = List.copyOf(range);
        }
    }
}
