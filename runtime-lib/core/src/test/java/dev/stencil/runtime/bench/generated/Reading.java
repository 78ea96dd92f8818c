// Copied from what Stencil generates (see DeclaredPipelineCpuTime); regenerate the sample to refresh it.
package dev.stencil.runtime.bench.generated;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import dev.stencil.runtime.events.JsonEvent;
import dev.stencil.runtime.events.JsonFields;
import dev.stencil.runtime.events.JsonOut;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;

/**
 * An event of schema {@code Reading}, as the sidecar declares it: JSON on the wire under the
 * schema's field names. The handler reads it with {@link #READER}, on Jackson's streaming parser, and
 * the bulk encoder writes it with {@link #writeJson}, member by member ({@link #writeFields}); Jackson's data binding reads and writes it the
 * same way. An event without a field the schema requires, or with a value of another type, does not
 * decode, so it fails alone and reaches the function's on-failure destination.
 *
 * @param readingId {@code readingId}, string
 * @param deviceId {@code deviceId}, string
 * @param ts {@code ts}, timestamp
 * @param temperature {@code temperature}, double
 * @param humidity {@code humidity}, optional int
 * @param status {@code status}, enum
 * @param site {@code site}, optional string
 */
public record Reading(
        @JsonProperty(value = "readingId", required = true) String readingId,
        @JsonProperty(value = "deviceId", required = true) String deviceId,
        @JsonProperty(value = "ts", required = true) long ts,
        @JsonProperty(value = "temperature", required = true) double temperature,
        @JsonProperty(value = "humidity") Integer humidity,
        @JsonProperty(value = "status", required = true) String status,
        @JsonProperty(value = "site") String site)
        implements JsonEvent {

    private static final Set<String> STATUS_SYMBOLS = Set.of("OK", "WARN", "FAIL");

    /** Reads one event from Jackson's streaming parser. */
    public static final JsonEvent.Reader<Reading> READER = Reading::read;

    public Reading {
        Objects.requireNonNull(readingId, "readingId is required");
        Objects.requireNonNull(deviceId, "deviceId is required");
        Objects.requireNonNull(status, "status is required");
    }

    private static Reading read(JsonParser $parser) throws IOException {
        JsonFields.startObject($parser, Reading.class);
        String readingId = null;
        String deviceId = null;
        long ts = 0;
        boolean $hasTs = false;
        double temperature = 0;
        boolean $hasTemperature = false;
        Integer humidity = null;
        String status = null;
        String site = null;
        for (String $field = $parser.nextFieldName(); $field != null; $field = $parser.nextFieldName()) {
            $parser.nextToken();
            switch ($field) {
                case "readingId" -> {
                    readingId = JsonFields.string($parser, "readingId");
                }
                case "deviceId" -> {
                    deviceId = JsonFields.string($parser, "deviceId");
                }
                case "ts" -> {
                    ts = JsonFields.longValue($parser, "ts");
                    $hasTs = true;
                }
                case "temperature" -> {
                    temperature = JsonFields.doubleValue($parser, "temperature");
                    $hasTemperature = true;
                }
                case "humidity" -> {
                    humidity = JsonFields.optionalInt($parser, "humidity");
                }
                case "status" -> {
                    status = JsonFields.symbol($parser, "status", STATUS_SYMBOLS);
                }
                case "site" -> {
                    site = JsonFields.string($parser, "site");
                }
                default -> $parser.skipChildren();
            }
        }
        JsonFields.require($parser, Reading.class, "readingId", readingId != null);
        JsonFields.require($parser, Reading.class, "deviceId", deviceId != null);
        JsonFields.require($parser, Reading.class, "ts", $hasTs);
        JsonFields.require($parser, Reading.class, "temperature", $hasTemperature);
        JsonFields.require($parser, Reading.class, "status", status != null);
        return new Reading(
                readingId,
                deviceId,
                ts,
                temperature,
                humidity,
                status,
                site);
    }

    @Override
    public void writeFields(JsonOut $out) {
        $out.field("readingId").string(readingId);
        $out.field("deviceId").string(deviceId);
        $out.field("ts").number(ts);
        $out.field("temperature").number(temperature);
        $out.field("humidity").number(humidity);
        $out.field("status").string(status);
        $out.field("site").string(site);
    }
}
