package dev.stencil.runtime.kinesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stencil.runtime.events.ClickEvent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonRecordDecoderTest {
    private final JsonRecordDecoder<ClickEvent> decoder = JsonRecordDecoder.of(ClickEvent.class);

    private static ByteBuffer utf8(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesAClickAndIgnoresUnknownFields() {
        ClickEvent event = decoder.decode(utf8("{\"eventId\":\"e-1\",\"userId\":\"u\",\"timestamp\":5,\"extra\":[1]}"));

        assertThat(event).isEqualTo(new ClickEvent("e-1", "u", null, null, null, null, null, 5));
    }

    @Test
    void decodesFromADirectBufferAndASlice() {
        byte[] bytes = "xx{\"eventId\":\"e-2\",\"timestamp\":7}".getBytes(StandardCharsets.UTF_8);
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
        direct.position(2);
        ByteBuffer slice = ByteBuffer.wrap(bytes, 2, bytes.length - 2);

        assertThat(decoder.decode(direct).eventId()).isEqualTo("e-2");
        assertThat(decoder.decode(slice).eventId()).isEqualTo("e-2");
        assertThat(slice.position()).as("decoding does not consume the caller's buffer").isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"eventId\":\"e-1\",\"timestamp\":",
        "{\"eventId\":\"e-1\",\"timestamp\":1} trailing",
        "{\"timestamp\":1}",
        "{\"eventId\":\" \",\"timestamp\":1}",
        "{\"eventId\":\"e-1\"}",
        "null",
        "[1,2]",
        "\u00ff\u00fe"
    })
    void rejectsWhatIsNotAValidClick(String payload) {
        assertThatThrownBy(() -> decoder.decode(utf8(payload)))
                .isInstanceOf(RecordDecodeException.class)
                .hasMessageStartingWith("not a valid ClickEvent");
    }
}
