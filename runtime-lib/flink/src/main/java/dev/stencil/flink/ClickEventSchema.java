package dev.stencil.flink;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.flink.api.common.serialization.AbstractDeserializationSchema;

/**
 * Reads a {@link ClickEvent} from a JSON record.
 *
 * <p>Unknown fields are ignored. A record that is not valid JSON, or has no {@code eventId},
 * {@code page} or positive {@code timestamp}, is skipped (deserialized to {@code null}), so one
 * bad producer cannot stop the job; functions send such records to their on-failure destination.
 */
public final class ClickEventSchema extends AbstractDeserializationSchema<ClickEvent> {

    private static final long serialVersionUID = 1L;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public ClickEvent deserialize(byte[] message) {
        try {
            ClickEvent event = MAPPER.readValue(message, ClickEvent.class);
            return event.eventId() == null || event.page() == null || event.timestamp() <= 0 ? null : event;
        } catch (IOException malformed) {
            return null;
        }
    }
}
