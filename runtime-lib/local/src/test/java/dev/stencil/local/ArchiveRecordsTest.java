package dev.stencil.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Counting the records of an archive object as Firehose writes it: concatenated, as they came. */
class ArchiveRecordsTest {

    @Test
    void eachConcatenatedObjectIsARecordWhateverItsStringsHold() {
        assertThat(LocalFirehose.records(bytes("{\"a\":\"}{\"}{\"b\":{\"c\":[1,2]}}{\"d\":\"\\\"}\"}"))).isEqualTo(3);
    }

    @Test
    void bytesThatAreNotJsonBetweenTwoObjectsAreOneRecord() {
        String poison = "\u0000this is not JSON";

        assertThat(LocalFirehose.records(bytes("{\"a\":1}" + poison + "{\"b\":2}"))).isEqualTo(3);
        assertThat(LocalFirehose.records(bytes(poison + "{\"b\":2}" + poison))).isEqualTo(3);
        assertThat(LocalFirehose.records(bytes(""))).isZero();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
